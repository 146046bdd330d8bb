// Domain errors with a stable code; the GraphQL layer turns them into `extensions.code` (never a stack or SQL).
export type ErrorCode = 'BAD_USER_INPUT' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'UNAUTHENTICATED';

export interface FieldError { field: string; message: string }

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Record') => new DomainError('NOT_FOUND', `${what} not found`);
export const forbidden = (message = 'You are not allowed to do this') => new DomainError('FORBIDDEN', message);
export const unauthenticated = (message = 'Please log in') => new DomainError('UNAUTHENTICATED', message);
export const conflict = (message: string, details: Record<string, unknown> = {}) => new DomainError('CONFLICT', message, details);

export function badInput(fields: FieldError[] | string, message?: string): DomainError {
  const list = typeof fields === 'string' ? [{ field: fields, message: message ?? 'is invalid' }] : fields;
  return new DomainError('BAD_USER_INPUT', message ?? list.map((f) => `${f.field}: ${f.message}`).join('; '), { fields: list });
}

/** Collects field errors and throws them together, so the form can show every problem at once. */
export class FieldErrors {
  private readonly list: FieldError[] = [];
  add(field: string, message: string) { this.list.push({ field, message }); return this; }
  check(ok: boolean, field: string, message: string) { if (!ok) this.add(field, message); return this; }
  any() { return this.list.length > 0; }
  entries(): readonly FieldError[] { return this.list; }
  throwIfAny() { if (this.list.length) throw badInput(this.list); }
}
