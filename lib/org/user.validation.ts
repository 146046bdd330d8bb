// Field rules for user input, reported together as BAD_USER_INPUT field errors.
import { FieldErrors } from '@/lib/errors';
import { passwordProblem } from '@/lib/auth/password';
import { EMAIL, PHONE, blankToNull } from '@/lib/text';
import { cleanText, tooLong } from './org.common';

export interface UserFields {
  name?: string | null;
  departmentId?: number | string | null;
  positionId?: number | string | null;
  roleIds?: readonly (number | string)[] | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

export interface NewUserFields extends UserFields {
  username: string;
  password: string;
}

export interface CleanUserFields {
  username?: string;
  password?: string;
  name?: string;
  departmentId?: number;
  positionId?: number | null;
  roleIds?: number[];
  phone?: string | null;
  email?: string | null;
  address?: string | null;
}

const USERNAME = /^[^\s]{2,50}$/u;
const asId = (raw: unknown) => {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
};

/** Cleans the input; on create, username, password, name, department and roles are required. */
export function cleanUserFields(input: Partial<NewUserFields>, creating: boolean): CleanUserFields {
  const errors = new FieldErrors();
  const out: CleanUserFields = {};
  if (creating) {
    const username = cleanText(input.username) ?? '';
    errors.check(USERNAME.test(username), 'username', 'must be 2 to 50 characters without spaces');
    out.username = username;
    const problem = passwordProblem(input.password ?? '');
    if (problem) errors.add('password', problem);
    out.password = input.password ?? '';
  }
  if (creating || input.name !== undefined) {
    const name = cleanText(input.name);
    errors.check(!!name && !tooLong(name, 50), 'name', 'is required (at most 50 characters)');
    if (name) out.name = name;
  }
  if (creating || input.departmentId !== undefined) {
    const id = asId(input.departmentId);
    errors.check(id !== null, 'departmentId', 'is required');
    if (id) out.departmentId = id;
  }
  if (input.positionId === null || (typeof input.positionId === 'string' && !input.positionId.trim())) out.positionId = null;
  else if (input.positionId !== undefined) {
    const id = asId(input.positionId);
    errors.check(id !== null, 'positionId', 'is not a valid id');
    if (id) out.positionId = id;
  }
  if (creating || (input.roleIds !== undefined && input.roleIds !== null)) {
    const ids = (input.roleIds ?? []).map(asId);
    errors.check(ids.length > 0, 'roleIds', 'at least one role is required');
    errors.check(ids.every((id) => id !== null), 'roleIds', 'contains an invalid id');
    out.roleIds = [...new Set(ids.filter((id): id is number => id !== null))];
  }
  for (const key of ['phone', 'email', 'address'] as const) if (input[key] !== undefined) out[key] = blankToNull(input[key]);
  if (out.phone) errors.check(PHONE.test(out.phone), 'phone', 'must be a phone number');
  if (out.email) errors.check(EMAIL.test(out.email) && out.email.length <= 100, 'email', 'must be an email address');
  if (out.address) errors.check(!tooLong(out.address, 200), 'address', 'must be at most 200 characters');
  errors.throwIfAny();
  return out;
}
