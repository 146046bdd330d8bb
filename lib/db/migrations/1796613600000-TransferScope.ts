// Data migration (issue 11 item 5): every stored scope gets its transfer level (分配/转移), equal to its write level,
// so every role transfers exactly as far as before. The one exception is the built-in 部门经理 as shipped (role-wide
// read SELF_AND_CHILDREN, write SELF): like a new database (lib/org/builtin-roles.ts, seeds 001 and 004) he now
// transfers and assigns within his department while still editing only his own records.
import { MigrationInterface, QueryRunner } from 'typeorm';

type Scope = Record<string, unknown>;
const isScope = (value: unknown): value is Scope => typeof value === 'object' && value !== null && !Array.isArray(value);

function parse(text: string | null): unknown {
  try { return text ? JSON.parse(text) : null; } catch { return undefined; }
}

/** The scope with a transfer level (its write level when it has none); anything malformed is left as it is. */
const withTransfer = (scope: unknown): unknown => (isScope(scope) && scope.transfer == null && typeof scope.write === 'string' ? { ...scope, transfer: scope.write } : scope);
const withoutTransfer = (scope: unknown): unknown => {
  if (!isScope(scope)) return scope;
  const { transfer: _dropped, ...rest } = scope;
  return rest;
};

interface RoleRow { id: number; code: string | null; builtin: unknown; default_scope: string | null; module_scopes: string | null }

async function rewrite(runner: QueryRunner, change: (scope: unknown, row: RoleRow) => unknown) {
  const rows: RoleRow[] = await runner.query('SELECT id, code, builtin, default_scope, module_scopes FROM role');
  for (const row of rows) {
    const defaults = parse(row.default_scope);
    const modules = parse(row.module_scopes);
    if (defaults === undefined || modules === undefined) continue; // unreadable: the viewer module denies it anyway
    const nextDefault = change(defaults, row);
    const nextModules = isScope(modules) ? Object.fromEntries(Object.entries(modules).map(([m, s]) => [m, change(s, { ...row, code: null })])) : modules;
    await runner.query('UPDATE role SET default_scope = ?, module_scopes = ? WHERE id = ?', [
      nextDefault == null ? null : JSON.stringify(nextDefault), nextModules == null ? null : JSON.stringify(nextModules), row.id,
    ]);
  }
}

const isShippedManager = (scope: unknown, row: RoleRow) =>
  row.code === 'DEPT_MANAGER' && !!Number(row.builtin) && isScope(scope) && scope.read === 'SELF_AND_CHILDREN' && scope.write === 'SELF' && scope.transfer == null;

export class TransferScope1796613600000 implements MigrationInterface {
  name = 'TransferScope1796613600000';

  up = (runner: QueryRunner) => rewrite(runner, (scope, row) => (isShippedManager(scope, row) ? { ...(scope as Scope), transfer: 'SELF_AND_CHILDREN' } : withTransfer(scope)));

  down = (runner: QueryRunner) => rewrite(runner, (scope) => withoutTransfer(scope));
}
