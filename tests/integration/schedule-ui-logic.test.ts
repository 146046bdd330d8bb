// The calendar's day arithmetic (Asia/Shanghai days, Monday weeks, six-week months, entries over several days)
// and where a notification leads — the pure logic behind the schedule page and the bell.
import { entriesByDay, mondayOf, rangeOf, viewDays, type ScheduleEntryItem } from '@/app/(crm)/schedule/_components/schedule.api';
import { notificationHref, recordHref } from '@/app/(crm)/_components/notifications/notifications.api';

const entry = (id: string, startAt: string, endAt: string, allDay = false): ScheduleEntryItem => ({
  id, title: id, description: null, startAt, endAt, allDay, reminderMinutes: null, source: 'MANUAL', followUpId: null, viewerCanEdit: true,
  owner: null, participants: [], related: null,
});

test('weeks start on Monday; a month view covers six calendar weeks whether they start on Monday or Sunday', () => {
  expect(mondayOf('2026-11-23')).toBe('2026-11-23');
  expect(mondayOf('2026-11-29')).toBe('2026-11-23');
  expect(viewDays('week', '2026-11-26')).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
  const month = viewDays('month', '2026-11-23');
  // November 2026 starts on a Sunday: its Monday-first grid is 10-26 … 12-06, its Sunday-first grid 11-01 … 12-12.
  expect(month).toHaveLength(49);
  expect(month[0]).toBe('2026-10-25');
  expect(month).toEqual(expect.arrayContaining(['2026-10-26', '2026-12-06', '2026-11-01', '2026-12-12']));
  expect(viewDays('month', '2026-02-10')[0]).toBe('2026-01-25');
  expect(viewDays('day', '2026-11-23')).toEqual(['2026-11-23']);
});

test('the query range runs from the first midnight to the midnight after the last day, in Shanghai', () => {
  expect(rangeOf(['2026-11-23', '2026-11-24'])).toEqual({ from: '2026-11-22T16:00:00.000Z', to: '2026-11-24T16:00:00.000Z' });
});

test('entries show on every Shanghai day they overlap, all-day ones first, then by start', () => {
  const days = viewDays('week', '2026-11-23');
  const byDay = entriesByDay([
    entry('late', '2026-11-23T10:00:00.000Z', '2026-11-23T11:00:00.000Z'), // 18:00 Monday
    entry('early', '2026-11-23T01:00:00.000Z', '2026-11-23T02:00:00.000Z'), // 09:00 Monday
    entry('trip', '2026-11-22T16:00:00.000Z', '2026-11-25T15:59:59.000Z', true), // Monday to Wednesday, all day
    entry('night', '2026-11-24T15:30:00.000Z', '2026-11-24T16:30:00.000Z'), // 23:30 Tuesday to 00:30 Wednesday
    entry('sunday', '2026-11-22T15:00:00.000Z', '2026-11-22T15:59:59.000Z'), // 23:00 Sunday before the week
  ], days);
  const ids = (day: string) => byDay.get(day)!.map((e) => e.id);
  expect(ids('2026-11-23')).toEqual(['trip', 'early', 'late']);
  expect(ids('2026-11-24')).toEqual(['trip', 'night']);
  expect(ids('2026-11-25')).toEqual(['trip', 'night']);
  expect(ids('2026-11-26')).toEqual([]);
});

test('a notification leads to its record; approval requests to the approvals page', () => {
  expect(notificationHref({ kind: 'comment', entityType: 'report', entityId: '7' })).toBe('/reports/7');
  expect(notificationHref({ kind: 'task.assigned', entityType: 'task', entityId: '3' })).toBe('/tasks?task=3');
  expect(notificationHref({ kind: 'followup.due', entityType: 'schedule', entityId: '9' })).toBe('/schedule?entry=9');
  expect(notificationHref({ kind: 'approval.request', entityType: 'contract', entityId: '2' })).toBe('/approvals');
  expect(notificationHref({ kind: 'approval.result', entityType: 'contract', entityId: '2' })).toBe('/contracts/2');
  expect(notificationHref({ kind: 'pool.warning', entityType: 'customer', entityId: '5' })).toBe('/customers/5');
  expect(notificationHref({ kind: 'system', entityType: null, entityId: null })).toBeNull();
  expect(recordHref('followup', 4)).toBe('/followups/4');
  expect(recordHref('planet', 4)).toBeNull();
});
