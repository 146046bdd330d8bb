// Day arithmetic for pool caps and rules, in the company's time zone (Asia/Shanghai unless CRM_TIME_ZONE says otherwise).
export const DAY_MS = 86_400_000;

export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
export const daysAfter = (now: Date, days: number) => new Date(now.getTime() + days * DAY_MS);

/** Midnight of `now`'s calendar day in the company's time zone, as a UTC instant. */
export function startOfCompanyDay(now: Date, timeZone = process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai'): Date {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23',
  }).formatToParts(now).map((p) => [p.type, Number(p.value)]));
  const wallClock = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = wallClock - Math.floor(now.getTime() / 1000) * 1000;
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day) - offset);
}

/** `YYYY-MM-DD` of an instant in the company's time zone (for messages and dedupe keys). */
export function companyDate(at: Date, timeZone = process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}
