// Field rules for customer input, reported together as BAD_USER_INPUT field errors.
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { FieldErrors } from '@/lib/errors';
import { EMAIL, MOBILE, PHONE, POSTCODE, WEBSITE, blankToNull } from '@/lib/text';

/** The fields a user may set on a customer: owner, code, status and lock change through their own operations. */
export interface CustomerFields {
  name?: string;
  type?: CustomerType;
  level?: CustomerLevel;
  industry?: string | null;
  source?: string | null;
  region?: string | null;
  address?: string | null;
  postcode?: string | null;
  profile?: string | null;
  contactName?: string | null;
  contactPosition?: string | null;
  mobile?: string | null;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
  remarks?: string | null;
}

const LENGTHS: Partial<Record<keyof CustomerFields, number>> = {
  name: 100, industry: 50, source: 50, region: 50, address: 200, postcode: 10, profile: 50,
  contactName: 50, contactPosition: 50, mobile: 20, phone: 30, email: 100, website: 200, remarks: 1000,
};
const FORMATS: Partial<Record<keyof CustomerFields, [RegExp, string]>> = {
  mobile: [MOBILE, 'must be an 11-digit mobile number'],
  phone: [PHONE, 'must be a phone number'],
  email: [EMAIL, 'must be an email address'],
  postcode: [POSTCODE, 'must be 6 digits'],
  website: [WEBSITE, 'must be a web address'],
};
const ALLOWED = new Set(Object.keys(LENGTHS).concat(['type', 'level']));

/** Cleans and checks the input; `creating` makes the name required. Unknown keys are refused. */
export function cleanCustomerFields(input: CustomerFields, creating: boolean): CustomerFields {
  const errors = new FieldErrors();
  for (const key of Object.keys(input)) if (!ALLOWED.has(key)) errors.add(key, 'cannot be set here');
  const out: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(input)) {
    if (!ALLOWED.has(key) || raw === undefined) continue;
    if (key === 'type' || key === 'level') { out[key] = raw; continue; }
    out[key] = blankToNull(raw as string | null);
  }
  if (creating || 'name' in input) errors.check(typeof out.name === 'string' && out.name.length > 0, 'name', 'is required');
  for (const [key, max] of Object.entries(LENGTHS)) {
    const value = out[key];
    if (typeof value === 'string' && [...value].length > max!) errors.add(key, `must be at most ${max} characters`);
  }
  for (const [key, [pattern, message]] of Object.entries(FORMATS)) {
    const value = out[key];
    if (typeof value === 'string' && !pattern!.test(value)) errors.add(key, message!);
  }
  if (out.type !== undefined) errors.check(Object.values(CustomerType).includes(out.type as CustomerType), 'type', 'is not a customer type');
  if (out.level !== undefined) errors.check(Object.values(CustomerLevel).includes(out.level as CustomerLevel), 'level', 'is not a customer level');
  errors.throwIfAny();
  return out as CustomerFields;
}
