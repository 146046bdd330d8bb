// Times are stored in UTC and shown in Asia/Shanghai (SPEC: shown in the company's time zone).
import dayjs, { type Dayjs } from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';

dayjs.extend(utc);
dayjs.extend(timezone);

export const TIME_ZONE = 'Asia/Shanghai';

export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD HH:mm') : '—';
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const d = dayjs(value);
  return d.isValid() ? d.tz(TIME_ZONE).format('YYYY-MM-DD') : '—';
}

/** A picked calendar day as an instant: its start (or end) in the company's time zone. */
export function dayBoundary(day: Dayjs, edge: 'start' | 'end'): string {
  const local = dayjs.tz(day.format('YYYY-MM-DD'), TIME_ZONE);
  return (edge === 'start' ? local.startOf('day') : local.endOf('day')).toISOString();
}
