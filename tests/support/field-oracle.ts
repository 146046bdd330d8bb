// Field permissions (SPEC 2.2, lib/fields) restated for property tests, without importing lib/fields or lib/access:
// a field's mode for a set of roles, and what a value looks like in each mode.
//
// The rule: the super administrator edits every field. Otherwise the roles that read the module (its own scope or
// the role-wide default, not NONE) count — all roles when none does — and the most permissive of their modes wins,
// in the order HIDDEN < MASKED < READ_ONLY < EDITABLE; a role that names no mode for a field gives EDITABLE. A user
// without roles gets HIDDEN.

export type OracleFieldMode = 'HIDDEN' | 'MASKED' | 'READ_ONLY' | 'EDITABLE';
export interface OracleFieldRole {
  code?: string | null;
  defaultScope: { read: string };
  moduleScopes: Record<string, { read: string }>;
  fieldPermissions: Record<string, Record<string, string>> | null;
}

const ORDER: OracleFieldMode[] = ['HIDDEN', 'MASKED', 'READ_ONLY', 'EDITABLE'];

export function oracleFieldMode(roles: readonly OracleFieldRole[], module: string, field: string): OracleFieldMode {
  if (roles.some((r) => r.code === 'SUPER_ADMIN')) return 'EDITABLE';
  const reads = (r: OracleFieldRole) => (r.moduleScopes[module] ?? r.defaultScope).read !== 'NONE';
  const counting = roles.some(reads) ? roles.filter(reads) : roles;
  let best = -1;
  for (const role of counting) {
    const named = role.fieldPermissions?.[module]?.[field];
    const mode = (named ?? 'EDITABLE') as OracleFieldMode;
    best = Math.max(best, ORDER.indexOf(mode));
  }
  return best < 0 ? 'HIDDEN' : ORDER[best];
}

/** A masked value by kind, spelled out: 13812345678 → 138****5678, zhangsan@example.com → z***@example.com. */
export function oracleMask(kind: string, value: string | null): string | null {
  if (value === null || value === '') return value;
  if (kind === 'mobile' || kind === 'phone' || kind === 'idNumber') {
    if (value.length < 8) throw new Error('oracle: test values of digit kinds have at least 8 characters');
    return `${value.slice(0, 3)}****${value.slice(-4)}`;
  }
  if (kind === 'email') return `${value[0]}***${value.slice(value.indexOf('@'))}`;
  return `${Array.from(value)[0]}***`;
}

/** What the API shows of a value in a mode. */
export function oracleShown(mode: OracleFieldMode, kind: string, value: string | null): string | null {
  if (mode === 'HIDDEN') return null;
  return mode === 'MASKED' ? oracleMask(kind, value) : value;
}
