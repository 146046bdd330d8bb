// Schedule entry input rules: title, times (end after start; all-day entries cover whole company days), the
// reminder. Every problem is reported together as field errors.
import { ScheduleEntry } from '@/entities';
import { FieldErrors } from '@/lib/errors';
import { cleanText, isDate } from './activity-common';
import { endOfCompanyDay, startOfCompanyDay } from './company-day';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;
/** A reminder at most 30 days ahead of the start. */
export const REMINDER_MAX_MINUTES = 30 * 24 * 60;

export interface ScheduleFields {
  title?: string | null;
  description?: string | null;
  startAt?: Date | null;
  endAt?: Date | null;
  allDay?: boolean | null;
  reminderMinutes?: number | null;
}

export type CleanSchedule = Partial<Pick<ScheduleEntry, 'title' | 'description' | 'startAt' | 'endAt' | 'allDay' | 'reminderMinutes' | 'remindAt'>>;

/** Cleans the given fields against the stored entry (null when creating); times are returned whenever they change. */
export function cleanScheduleFields(input: ScheduleFields, current: ScheduleEntry | null): CleanSchedule {
  const errors = new FieldErrors();
  const out: CleanSchedule = {};
  if (current === null || input.title !== undefined) out.title = cleanText(errors, 'title', input.title, TITLE_MAX, true) ?? undefined;
  if (input.description !== undefined) out.description = cleanText(errors, 'description', input.description, DESCRIPTION_MAX, false);

  const startGiven = input.startAt !== undefined && input.startAt !== null;
  const endGiven = input.endAt !== undefined && input.endAt !== null;
  if (startGiven && !isDate(input.startAt)) errors.add('startAt', 'must be a date and time');
  else if (!startGiven && current === null) errors.add('startAt', 'is required');
  if (endGiven && !isDate(input.endAt)) errors.add('endAt', 'must be a date and time');
  else if (!endGiven && current === null) errors.add('endAt', 'is required');
  const allDay = input.allDay ?? current?.allDay ?? false;
  let start = startGiven && isDate(input.startAt) ? input.startAt : current?.startAt;
  let end = endGiven && isDate(input.endAt) ? input.endAt : current?.endAt;
  if (start && end) {
    if (allDay) {
      // Whole days: from the start day's midnight to the end day's last second (the end day may be the start day).
      start = startOfCompanyDay(start);
      end = endOfCompanyDay(end);
      if (end.getTime() <= start.getTime()) errors.add('endAt', 'must be after the start');
    } else if (end.getTime() <= start.getTime()) errors.add('endAt', 'must be after the start');
    out.startAt = start;
    out.endAt = end;
    out.allDay = allDay;
  }

  let minutes = current?.reminderMinutes ?? null;
  if (input.reminderMinutes !== undefined) {
    minutes = input.reminderMinutes;
    if (minutes !== null && (!Number.isInteger(minutes) || minutes < 0 || minutes > REMINDER_MAX_MINUTES)) {
      errors.add('reminderMinutes', `must be between 0 and ${REMINDER_MAX_MINUTES} minutes`);
    }
    out.reminderMinutes = minutes;
  }
  errors.throwIfAny();
  if (out.startAt && minutes !== null) out.remindAt = new Date(out.startAt.getTime() - minutes * 60_000);
  else if (out.startAt || input.reminderMinutes !== undefined) {
    const at = out.startAt ?? current?.startAt;
    out.remindAt = minutes === null || !at ? null : new Date(at.getTime() - minutes * 60_000);
  }
  return out;
}
