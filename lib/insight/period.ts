// The period a dashboard or report covers (今天, 本周, 本月, 本季度, 本年, 上月, 自定义), in the company's time zone:
// calendar dates for DATE columns (sign date, received date) and the instants they span for DATETIME columns,
// with the previous period of the same kind for comparison and the whole months a KPI covers.
import { addDays, isCalendarDate, todayIn } from '@/lib/contract/dates';
import { FieldErrors } from '@/lib/errors';
import { companyDate, startOfCompanyDay } from '@/lib/pool/pool-time';

export type PeriodPreset = 'TODAY' | 'THIS_WEEK' | 'THIS_MONTH' | 'THIS_QUARTER' | 'THIS_YEAR' | 'LAST_MONTH' | 'CUSTOM';
export const PERIOD_PRESETS: readonly PeriodPreset[] = ['TODAY', 'THIS_WEEK', 'THIS_MONTH', 'THIS_QUARTER', 'THIS_YEAR', 'LAST_MONTH', 'CUSTOM'];

/** A span of whole calendar days, both ends included. */
export interface DateSpan {
  /** YYYY-MM-DD, first day. */
  from: string;
  /** YYYY-MM-DD, last day. */
  to: string;
  /** Midnight starting `from`, company time. */
  start: Date;
  /** The last millisecond of `to` (list filters compare with <=, so a figure and its list use the same bounds). */
  end: Date;
}

export interface Period extends DateSpan {
  preset: PeriodPreset;
  previous: DateSpan;
  /** YYYY-MM of every month the period touches: a KPI covers these whole months. */
  months: string[];
}

export interface PeriodInput { preset?: PeriodPreset | null; from?: string | null; to?: string | null }

/** Longest custom range accepted (about ten years): a longer one is a typo, not a question. */
export const MAX_PERIOD_DAYS = 3700;

/** Midnight starting a calendar date in the company's time zone, as a UTC instant. */
export function startOfDate(date: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  let probe = new Date(Date.UTC(y, m - 1, d, 12));
  // Noon UTC lies on the same calendar day for every offset within ±12 h; step for the few beyond.
  for (let i = 0; i < 2 && companyDate(probe) !== date; i++) probe = new Date(probe.getTime() + (companyDate(probe) < date ? 12 : -12) * 3_600_000);
  return startOfCompanyDay(probe);
}

export function span(from: string, to: string): DateSpan {
  return { from, to, start: startOfDate(from), end: new Date(startOfDate(addDays(to, 1)).getTime() - 1) };
}

const pad = (n: number) => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
/** First day of month `m` (1-based, may over- or underflow) of year `y`. */
const monthStart = (y: number, m: number) => ymd(y, m, 1);
const monthEnd = (y: number, m: number) => ymd(y, m + 1, 0);

export const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** YYYY-MM of every month from `from`'s to `to`'s. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  const [ty, tm] = to.split('-').map(Number);
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${pad(m)}`);
    if (++m > 12) { m = 1; y += 1; }
  }
  return out;
}

/** The month `offset` months after YYYY-MM (negative: before). */
export function shiftMonth(month: string, offset: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + offset;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** First and last day of a YYYY-MM month. */
export function monthSpan(month: string): DateSpan {
  const [y, m] = month.split('-').map(Number);
  return span(monthStart(y, m), monthEnd(y, m));
}

function presetSpans(preset: Exclude<PeriodPreset, 'CUSTOM'>, today: string): { current: [string, string]; previous: [string, string] } {
  const [y, m] = today.split('-').map(Number);
  switch (preset) {
    case 'TODAY': return { current: [today, today], previous: [addDays(today, -1), addDays(today, -1)] };
    case 'THIS_WEEK': {
      const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
      const monday = addDays(today, -weekday);
      return { current: [monday, addDays(monday, 6)], previous: [addDays(monday, -7), addDays(monday, -1)] };
    }
    case 'THIS_MONTH': return { current: [monthStart(y, m), monthEnd(y, m)], previous: [monthStart(y, m - 1), monthEnd(y, m - 1)] };
    case 'LAST_MONTH': return { current: [monthStart(y, m - 1), monthEnd(y, m - 1)], previous: [monthStart(y, m - 2), monthEnd(y, m - 2)] };
    case 'THIS_QUARTER': {
      const first = m - ((m - 1) % 3);
      return { current: [monthStart(y, first), monthEnd(y, first + 2)], previous: [monthStart(y, first - 3), monthEnd(y, first - 1)] };
    }
    case 'THIS_YEAR': return { current: [monthStart(y, 1), monthEnd(y, 12)], previous: [monthStart(y - 1, 1), monthEnd(y - 1, 12)] };
  }
}

/**
 * Resolves a preset (default 本月) or a custom range; BAD_USER_INPUT on `from` / `to` when a custom range lacks an
 * end, is not made of dates, ends before it starts, or is longer than MAX_PERIOD_DAYS.
 */
export function resolvePeriod(input: PeriodInput = {}, now = new Date()): Period {
  const preset = input.preset ?? (input.from || input.to ? 'CUSTOM' : 'THIS_MONTH');
  let current: [string, string];
  let previous: [string, string];
  if (preset === 'CUSTOM') {
    const errors = new FieldErrors();
    errors.check(isCalendarDate(input.from), 'from', 'must be a date (YYYY-MM-DD)');
    errors.check(isCalendarDate(input.to), 'to', 'must be a date (YYYY-MM-DD)');
    errors.throwIfAny();
    const [from, to] = [input.from!, input.to!];
    errors.check(to >= from, 'to', 'must not be before from');
    errors.check(daysBetween(from, to) < MAX_PERIOD_DAYS, 'to', `the range may span at most ${MAX_PERIOD_DAYS} days`);
    errors.throwIfAny();
    const length = daysBetween(from, to) + 1;
    current = [from, to];
    previous = [addDays(from, -length), addDays(from, -1)];
  } else {
    if (!PERIOD_PRESETS.includes(preset)) new FieldErrors().add('preset', 'is invalid').throwIfAny();
    ({ current, previous } = presetSpans(preset, todayIn(now)));
  }
  return { preset, ...span(...current), previous: span(...previous), months: monthsOf(current[0], current[1]) };
}

/** The whole months of a period, as one span (a KPI compares whole months with their targets). */
export function monthsSpan(period: Pick<Period, 'months'>): DateSpan {
  const first = monthSpan(period.months[0]);
  const last = monthSpan(period.months[period.months.length - 1]);
  return { from: first.from, to: last.to, start: first.start, end: last.end };
}
