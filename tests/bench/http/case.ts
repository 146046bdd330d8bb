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
  /**
   * `FORCE INDEX (…)` for the table's first index whose columns (in order) satisfy `match`, or '' when none does:
   * the floor names the best index the schema has now, whatever the migrations called it.
   */
  index(table: string, match: (columns: string[]) => boolean): Promise<string>;
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
  let indexes: Promise<{ table: string; name: string; columns: string[] }[]> | null = null;
  const index = async (table: string, match: (columns: string[]) => boolean) => {
    indexes ??= rows<{ t: string; n: string; c: string }>(sql, `SELECT table_name AS t, index_name AS n, GROUP_CONCAT(column_name ORDER BY seq_in_index) AS c
      FROM information_schema.statistics WHERE table_schema = DATABASE() GROUP BY table_name, index_name ORDER BY table_name, index_name`)
      .then((list) => list.map((r) => ({ table: r.t, name: r.n, columns: String(r.c).split(',') })));
    const found = (await indexes).find((i) => i.table === table && i.name !== 'PRIMARY' && match(i.columns));
    return found ? `FORCE INDEX (\`${found.name}\`)` : '';
  };
  return {
    dataset, sql, index,
    call: (role, call) => gql(base, dataset.tokens[role], call),
    scope: (role) => { if (!scopes.has(role)) scopes.set(role, load(role)); return scopes.get(role)!; },
  };
}

/** `col IN (…)` for a scope's owners, or TRUE for ALL (ids are integers from the database: inlined). */
export const ownerIn = (col: string, owners: number[] | null) => (owners === null ? 'TRUE' : owners.length ? `${col} IN (${owners.join(',')})` : 'FALSE');

/** A UTC timestamp from the API (ISO) in the form MariaDB compares with DATETIME columns. */
export const sqlTime = (iso: string) => iso.replace('T', ' ').replace('Z', '');

/** An index led by the owner that also holds the order column (one owner's page). */
export const byOwner = (order: string) => (c: string[]) => c[0] === 'owner_id' && c.includes(order);
/** An index that walks live rows in `order` (many owners or all: stop after the page). */
export const byLiveOrder = (order: string) => (c: string[]) => (c[0] === 'deleted_at' && c[1] === order) || (c[0] === order);

export const LIST_TARGETS = { self: 50, manager: 100, admin: 100 } as const;
