// The schedule operations of the GraphQL API (result types generated from the schema, `npm run codegen`) and
// calendar-day helpers (Asia/Shanghai).
import dayjs, { type Dayjs } from 'dayjs';
import { TIME_ZONE } from '@/app/_lib/format';
import { graphql } from '@/app/_lib/gql';
import type { ScheduleEntryFieldsFragment } from '@/app/_lib/gql/graphql';

export type ScheduleEntryItem = ScheduleEntryFieldsFragment;

graphql(`
  fragment ScheduleEntryFields on ScheduleEntry {
    id title description startAt endAt allDay reminderMinutes source followUpId viewerCanEdit
    owner { id name username } participants { id name username } related { type id title }
  }
`);

export const ENTRIES_QUERY = graphql(`
  query ScheduleEntries($from: DateTimeISO!, $to: DateTimeISO!, $userId: ID) { scheduleEntries(from: $from, to: $to, userId: $userId) { ...ScheduleEntryFields } }
`);
export const ENTRY_QUERY = graphql(`query ScheduleEntry($id: ID!) { scheduleEntry(id: $id) { ...ScheduleEntryFields } }`);
export const CREATE_ENTRY = graphql(`
  mutation CreateScheduleEntry($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { ...ScheduleEntryFields } }
`);
export const UPDATE_ENTRY = graphql(`
  mutation UpdateScheduleEntry($id: ID!, $input: UpdateScheduleEntryInput!) { updateScheduleEntry(id: $id, input: $input) { ...ScheduleEntryFields } }
`);
export const DELETE_ENTRY = graphql(`mutation DeleteScheduleEntry($id: ID!) { deleteScheduleEntry(id: $id) { ids } }`);

export type CalendarView = 'month' | 'week' | 'day';

/** A day in the company's time zone. */
export const companyDay = (value: string | Date | Dayjs) => dayjs(value).tz(TIME_ZONE);
export const dayKey = (value: string | Date | Dayjs) => companyDay(value).format('YYYY-MM-DD');
/** Midnight starting a YYYY-MM-DD day in the company's time zone. */
export const startOfDay = (key: string) => dayjs.tz(key, TIME_ZONE).startOf('day');
/** Monday of the week of a YYYY-MM-DD day. */
export function mondayOf(key: string): string {
  const d = startOfDay(key);
  return d.subtract((d.day() + 6) % 7, 'day').format('YYYY-MM-DD');
}
export const addDays = (key: string, days: number) => startOfDay(key).add(days, 'day').format('YYYY-MM-DD');

/**
 * The days a view shows for the day in focus: seven days (Monday to Sunday) for a week, one day, and for a month the
 * days of its six-week calendar grid whether the locale starts weeks on Monday (zh-CN) or on Sunday (en): from the
 * Sunday before the Monday on or before the 1st, seven weeks.
 */
export function viewDays(view: CalendarView, focus: string): string[] {
  if (view === 'day') return [focus];
  const first = view === 'week' ? mondayOf(focus) : addDays(mondayOf(`${focus.slice(0, 7)}-01`), -1);
  return Array.from({ length: view === 'week' ? 7 : 49 }, (_, i) => addDays(first, i));
}

/** The query range of a list of days: from the first midnight to the midnight after the last day. */
export const rangeOf = (days: string[]) => ({ from: startOfDay(days[0]).toISOString(), to: startOfDay(addDays(days[days.length - 1], 1)).toISOString() });

/** Entries by the days they overlap (an entry over several days shows on each); all-day ones first, then by start. */
export function entriesByDay(entries: ScheduleEntryItem[], days: string[]): Map<string, ScheduleEntryItem[]> {
  const map = new Map<string, ScheduleEntryItem[]>(days.map((d) => [d, []]));
  for (const entry of entries) {
    const start = new Date(entry.startAt).getTime();
    const end = new Date(entry.endAt).getTime();
    for (const day of days) {
      const from = startOfDay(day).valueOf();
      const to = startOfDay(addDays(day, 1)).valueOf();
      if (start < to && end > from) map.get(day)!.push(entry);
    }
  }
  for (const list of map.values()) list.sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.startAt.localeCompare(b.startAt) || Number(a.id) - Number(b.id));
  return map;
}

/** `HH:mm` of an instant in the company's time zone. */
export const timeOf = (value: string) => companyDay(value).format('HH:mm');

export const REMINDER_CHOICES = [null, 0, 5, 15, 30, 60, 120, 1440];
