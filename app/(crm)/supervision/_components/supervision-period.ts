// Periods of 员工监督 (today, the last 7 days, this week from Monday, this month, the last 30 days, custom days) as instants in the
// company's time zone, so "today" means the same day for the leader and the server.
import dayjs, { type Dayjs } from 'dayjs';
import { TIME_ZONE, dayBoundary } from '@/app/_lib/format';

export type PeriodPreset = 'today' | 'last7' | 'week' | 'month' | 'last30' | 'custom';
export const PERIOD_PRESETS: PeriodPreset[] = ['today', 'last7', 'week', 'month', 'last30', 'custom'];

export interface Period { preset: PeriodPreset; from?: Dayjs | null; to?: Dayjs | null }

/** [from, to] of a period: first and last day, both inclusive; null ends are open. */
export function periodRange(period: Period, now: Dayjs = dayjs()): { from: string | null; to: string | null } {
  const today = now.tz(TIME_ZONE);
  const span = (first: Dayjs, last: Dayjs) => ({ from: dayBoundary(first, 'start'), to: dayBoundary(last, 'end') });
  switch (period.preset) {
    case 'today':
      return span(today, today);
    case 'week': {
      const monday = today.subtract((today.day() + 6) % 7, 'day');
      return span(monday, monday.add(6, 'day'));
    }
    case 'month':
      return span(today.startOf('month'), today.endOf('month'));
    case 'last7':
      return span(today.subtract(6, 'day'), today);
    case 'last30':
      return span(today.subtract(29, 'day'), today);
    default:
      return {
        from: period.from ? dayBoundary(period.from, 'start') : null,
        to: period.to ? dayBoundary(period.to, 'end') : null,
      };
  }
}
