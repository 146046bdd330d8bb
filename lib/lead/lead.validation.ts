// Field rules for lead input, reported together as BAD_USER_INPUT field errors. Lengths and formats match the
// customer and contact rules, so a valid lead always converts without a validation error.
import { LeadStatus } from '@/entities/lead.entity';
import { FieldErrors } from '@/lib/errors';
import { EMAIL, MOBILE, PHONE, blankToNull } from '@/lib/text';

/** The fields a user may set on a lead: owner changes by transfer, CONVERTED and the customer link by conversion. */
export interface LeadFields {
  name?: string;
  company?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  source?: string | null;
  address?: string | null;
  remarks?: string | null;
  status?: LeadStatus | null;
  nextContactAt?: Date | null;
}

const LENGTHS: Record<string, number> = { name: 50, company: 100, mobile: 20, phone: 30, email: 100, source: 50, address: 200, remarks: 1000 };
const FORMATS: Record<string, [RegExp, string]> = {
  mobile: [MOBILE, 'must be an 11-digit mobile number'],
  phone: [PHONE, 'must be a phone number'],
  email: [EMAIL, 'must be an email address'],
};
/** Statuses a user may choose; CONVERTED only comes from converting the lead. */
export const SETTABLE_STATUSES: readonly LeadStatus[] = [LeadStatus.NEW, LeadStatus.CONTACTED, LeadStatus.QUALIFIED, LeadStatus.INVALID];

/** Cleans and checks the input; `creating` makes the name required. Unknown keys are refused. */
export function cleanLeadFields(input: LeadFields, creating: boolean): LeadFields {
  const errors = new FieldErrors();
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (raw === undefined) continue;
    if (key === 'status') {
      if (raw === null) continue; // no change
      if (raw === LeadStatus.CONVERTED) errors.add('status', 'can only be set by converting the lead');
      else if (!SETTABLE_STATUSES.includes(raw as LeadStatus)) errors.add('status', 'is not a lead status');
      else out.status = raw;
      continue;
    }
    if (key === 'nextContactAt') {
      if (raw !== null && !(raw instanceof Date && !Number.isNaN(raw.getTime()))) errors.add('nextContactAt', 'must be a date and time');
      else out.nextContactAt = raw;
      continue;
    }
    if (!(key in LENGTHS)) { errors.add(key, 'cannot be set here'); continue; }
    if (raw !== null && typeof raw !== 'string') { errors.add(key, 'is invalid'); continue; }
    out[key] = blankToNull(raw as string | null);
  }
  if (creating || 'name' in input) errors.check(typeof out.name === 'string' && out.name.length > 0, 'name', 'is required');
  for (const [key, max] of Object.entries(LENGTHS)) {
    const value = out[key];
    if (typeof value === 'string' && [...value].length > max) errors.add(key, `must be at most ${max} characters`);
  }
  for (const [key, [pattern, message]] of Object.entries(FORMATS)) {
    const value = out[key];
    if (typeof value === 'string' && !pattern.test(value)) errors.add(key, message);
  }
  errors.throwIfAny();
  return out as LeadFields;
}
