// Follow-up input rules: the template fields (objective / result / next step), times (occurred not in the
// future, next contact after it) and lengths. All problems are reported together as field errors.
import { FieldErrors } from '@/lib/errors';
import { blankToNull } from '@/lib/text';

export interface FollowUpFields {
  subject?: string | null;
  /** An option of the 跟进方式 dictionary (checked against it by the service, in its transaction). */
  method?: string | null;
  participants?: string | null;
  objective?: string | null;
  result?: string | null;
  nextStep?: string | null;
  occurredAt?: Date | null;
  nextContactAt?: Date | null;
  substantive?: boolean | null;
}

/** The subjects the seed names (来访 visit in, 去访 visit out, 致电 call out, 来电 call in); free text is allowed too. */
export const STANDARD_SUBJECTS = ['来访', '去访', '致电', '来电'];

const LENGTHS = { subject: 50, participants: 200, objective: 2000, result: 2000, nextStep: 2000 } as const;
/** Clocks differ a little between a phone and the server: "now" on the phone must not be refused. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());

/**
 * Cleans the fields given; `current` is the stored follow-up on update, so combined rules (next contact after
 * occurred) are checked against the values that will be saved.
 */
export function cleanFollowUpFields(input: FollowUpFields, current: Required<FollowUpFields> | null, now = new Date()): FollowUpFields {
  const errors = new FieldErrors();
  const out: FollowUpFields = {};
  for (const key of Object.keys(LENGTHS) as (keyof typeof LENGTHS)[]) {
    if (input[key] === undefined) continue;
    const value = blankToNull(input[key]) ?? null;
    if (value !== null && [...value].length > LENGTHS[key]) errors.add(key, `must be at most ${LENGTHS[key]} characters`);
    out[key] = value;
  }
  for (const key of ['subject', 'objective', 'result'] as const) {
    if ((current === null || key in out) && !out[key]) errors.add(key, 'is required');
  }
  if (input.method !== undefined) {
    if (!input.method?.trim()) errors.add('method', 'is required');
    else out.method = input.method.trim();
  } else if (current === null) errors.add('method', 'is required');
  if (input.substantive !== undefined && input.substantive !== null) out.substantive = !!input.substantive;

  if (input.occurredAt !== undefined) {
    if (!isDate(input.occurredAt)) errors.add('occurredAt', 'is required');
    else if (input.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) errors.add('occurredAt', 'must not be in the future');
    else out.occurredAt = input.occurredAt;
  } else if (current === null) out.occurredAt = now;
  if (input.nextContactAt !== undefined) {
    if (input.nextContactAt !== null && !isDate(input.nextContactAt)) errors.add('nextContactAt', 'must be a date');
    else out.nextContactAt = input.nextContactAt;
  }
  const occurred = out.occurredAt ?? current?.occurredAt;
  const next = out.nextContactAt !== undefined ? out.nextContactAt : current?.nextContactAt;
  if (isDate(occurred) && isDate(next) && next.getTime() <= occurred.getTime() && ('nextContactAt' in out || 'occurredAt' in out)) {
    errors.add('nextContactAt', 'must be after the time of the contact');
  }
  errors.throwIfAny();
  return out;
}
