// Calendar days in the company's time zone (Asia/Shanghai unless CRM_TIME_ZONE says otherwise), for all-day
// entries and the task boxes. Built on lib/pool/pool-time's startOfCompanyDay; safe across DST changes elsewhere.
import { DAY_MS, companyDate, startOfCompanyDay } from '@/lib/pool/pool-time';

export { companyDate, startOfCompanyDay };

/** Midnight starting the calendar day after `at`'s day. */
export const startOfNextCompanyDay = (at: Date) => startOfCompanyDay(new Date(startOfCompanyDay(at).getTime() + DAY_MS + DAY_MS / 2));

/** Midnight starting the day `days` after `at`'s day. */
export function startOfCompanyDayAfter(at: Date, days: number): Date {
  let day = startOfCompanyDay(at);
  for (let i = 0; i < days; i++) day = startOfNextCompanyDay(day);
  return day;
}

/** The last second of `at`'s calendar day. */
export const endOfCompanyDay = (at: Date) => new Date(startOfNextCompanyDay(at).getTime() - 1000);

/** `YYYY-MM-DD HH:mm` of an instant in the company's time zone (for notification texts). */
export function companyDateTime(at: Date, timeZone = process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai'): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}
