// What a bench case is: one query of the product, run through the API for some viewers, with a target per viewer
// and the hand-written SQL that returns the same rows (the physical floor). Cases live in cases/<group>.ts.
import { Dataset, ViewerRole } from '../generate/dataset';
import { Conn, rows } from '../generate/sql';
import { GqlCall, gql } from './client';

export type { ViewerRole };
export interface SqlStatement { sql: string; params?: unknown[] }

/** One viewer's run of a case: the API call and the SQL floor (run one after another on one connection). */
export interface Prepared { call: GqlCall; floor: SqlStatement[] }

export interface BenchCase {
  group: string;
  name: string;
  /** Target p50 in ms per viewer; only these viewers run the case. */
  targets: Partial<Record<ViewerRole, number>>;
  prepare(ctx: CaseContext, role: ViewerRole): Promise<Prepared>;
  /** Also measure requests/s at 32 clients for these viewers (and the SQL floor's rate when `rawThroughput`). */
  throughput?: ViewerRole[];
  rawThroughput?: boolean;
}

/** The viewer as the hand-written SQL sees it: null owners means every record (scope ALL). */
export interface ViewerScope {
  userId: number;
  owners: number[] | null;
  teamCustomers: number[];
  /** The people the viewer supervises (everyone below them, themselves included). */
  people: number[];
}

export interface CaseContext {
  dataset: Dataset;
  sql: Conn;
  call<T = Record<string, unknown>>(role: ViewerRole, call: GqlCall): Promise<T>;
  scope(role: ViewerRole): Promise<ViewerScope>;
}

export function createContext(dataset: Dataset, base: string, sql: Conn): CaseContext {
  const scopes = new Map<ViewerRole, Promise<ViewerScope>>();
  const load = async (role: ViewerRole): Promise<ViewerScope> => {
    const userId = dataset.viewers[role].userId;
    const [me] = await rows<{ path: string }>(sql, 'SELECT d.path FROM user u JOIN department d ON d.id = u.department_id WHERE u.id = ?', [userId]);
    const subtree = (await rows<{ id: number }>(sql, 'SELECT u.id FROM user u JOIN department d ON d.id = u.department_id WHERE d.path LIKE ? ORDER BY u.id', [`${me.path}%`])).map((r) => Number(r.id));
    const team = (await rows<{ id: number }>(sql, 'SELECT customer_id AS id FROM customer_team_member WHERE user_id = ?', [userId])).map((r) => Number(r.id));
    const owners = role === 'admin' ? null : role === 'self' ? [userId] : subtree;
    return { userId, owners, teamCustomers: team, people: role === 'self' ? [userId] : subtree };
  };
  return {
    dataset, sql,
    call: (role, call) => gql(base, dataset.tokens[role], call),
    scope: (role) => { if (!scopes.has(role)) scopes.set(role, load(role)); return scopes.get(role)!; },
  };
}

/** `col IN (…)` for a scope's owners, or TRUE for ALL (ids are integers from the database: inlined). */
export const ownerIn = (col: string, owners: number[] | null) => (owners === null ? 'TRUE' : owners.length ? `${col} IN (${owners.join(',')})` : 'FALSE');

/** A UTC timestamp from the API (ISO) in the form MariaDB compares with DATETIME columns. */
export const sqlTime = (iso: string) => iso.replace('T', ' ').replace('Z', '');

export const LIST_TARGETS = { self: 50, manager: 100, admin: 100 } as const;
