// Which follow-ups a viewer may read — exactly those whose parent (customer, contact, lead, opportunity,
// contract) they may read — as a query shape that stays index-driven at millions of rows (docs/scale/EXPLAIN.md):
// - narrow scope (a salesperson, a small team): start from the parents the scope reaches (their owner index),
//   take each one's follow-ups by (parent type, parent id), one UNION ALL branch per parent type, joined as a
//   derived table: a few thousand rows, sorted.
// - wide scope (a big manager, ALL): walk live follow-ups in date order and probe each one's parent by primary
//   key through a LEFT JOIN per parent type; a first page reads about page-size ÷ share-of-follow-ups rows.
// (An OR of correlated EXISTS, the former shape, is turned into materialised IN-subqueries by MariaDB: a scan.)
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FollowUp } from '@/entities';
import { ResolvedScope, ScopedTable, Viewer, recordTable, resolveScope, scopeColumnsOn, scopeCondition, scopeIsEmpty, scopeShape } from '@/lib/access';

interface ParentScope { type: string; table: ScopedTable<ObjectLiteral>; scope: ResolvedScope }

async function parentScopes(manager: EntityManager, viewer: Viewer, types: readonly string[]): Promise<ParentScope[]> {
  const result: ParentScope[] = [];
  for (const type of types) {
    const table = recordTable(type);
    if (!table) continue;
    const scope = await resolveScope(manager, viewer, table.module, 'read');
    if (!scopeIsEmpty(scope)) result.push({ type, table, scope });
  }
  return result;
}

/** The table's soft-delete column under another alias (null for tables without one). */
const deletedColumnOn = (table: ScopedTable<ObjectLiteral>, alias: string) =>
  (table.deletedColumn ? table.deletedColumn.replace(`${table.alias}.`, `${alias}.`) : null);
const deletedOn = (table: ScopedTable<ObjectLiteral>, alias: string) => {
  const column = deletedColumnOn(table, alias);
  return column ? `${column} IS NULL` : null;
};

/** Narrow: the union of each parent type's reachable parents' follow-up ids, as a derived table `fv`. */
function narrowFollowUps(manager: EntityManager, parents: ParentScope[]): SelectQueryBuilder<FollowUp> {
  const branches: string[] = [];
  const params: Record<string, unknown> = {};
  const mysql = manager.connection.options.type !== 'better-sqlite3';
  parents.forEach(({ type, table, scope }, i) => {
    const alias = `fp${i}`;
    const branch = manager.createQueryBuilder(table.entity, alias).select(`fb${i}.id`, 'id')
      .innerJoin(FollowUp, `fb${i}`, `fb${i}.parentType = :fbType${i} AND fb${i}.parentId = ${alias}.id`, { [`fbType${i}`]: type });
    const deleted = deletedOn(table, alias);
    if (deleted) branch.where(deleted);
    const condition = scopeCondition(scope, scopeColumnsOn(table, alias));
    if (condition) branch.andWhere(condition.sql, condition.params);
    // STRAIGHT_JOIN: the parents first. MariaDB otherwise starts a sparse branch (few contracts) from every
    // follow-up of that parent type.
    branches.push(mysql ? branch.getQuery().replace(/^SELECT /, 'SELECT STRAIGHT_JOIN ') : branch.getQuery());
    Object.assign(params, branch.getParameters());
  });
  return manager.createQueryBuilder(FollowUp, 'f')
    .innerJoin(`(${branches.join(' UNION ALL ')})`, 'fv', 'fv.id = f.id')
    .where('f.deletedAt IS NULL').setParameters(params);
}

/**
 * Wide: live follow-ups whose parent, joined by primary key per parent type, is in scope. For counts and aggregates,
 * a parent type the viewer reads entirely (ALL) needs no probe per row: its follow-ups are visible unless the parent
 * is in the recycle bin, and those parents are read once (`NOT IN` their set) — the whole company's follow-ups of
 * two months are then counted from the index alone. A page, which reads a few rows, probes them instead.
 */
function wideFollowUps(manager: EntityManager, parents: ParentScope[], purpose: FollowUpQueryPurpose): SelectQueryBuilder<FollowUp> {
  const qb = manager.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NULL');
  const reachable: string[] = [];
  const params: Record<string, unknown> = {};
  parents.forEach(({ type, table, scope }, i) => {
    const alias = `fp${i}`;
    const deleted = deletedOn(table, alias);
    params[`fpType${i}`] = type;
    const condition = scopeCondition(scope, scopeColumnsOn(table, alias));
    if (!condition && purpose === 'count') {
      const binnedColumn = deletedColumnOn(table, alias);
      const binned = binnedColumn && manager.createQueryBuilder(table.entity as never, alias).select(`${alias}.id`).where(`${binnedColumn} IS NOT NULL`);
      reachable.push(binned ? `(f.parentType = :fpType${i} AND f.parentId NOT IN (${binned.getQuery()}))` : `f.parentType = :fpType${i}`);
      return;
    }
    qb.leftJoin(table.entity as never, alias, `f.parentType = :fpType${i} AND ${alias}.id = f.parentId${deleted ? ` AND ${deleted}` : ''}`);
    reachable.push(condition ? `(${alias}.id IS NOT NULL AND ${condition.sql})` : `${alias}.id IS NOT NULL`);
    Object.assign(params, condition?.params ?? {});
  });
  return qb.andWhere(`(${reachable.join(' OR ')})`, params);
}

/**
 * 'page': the first rows in date order; 'count' (and aggregates): every row. They differ for a salesperson in a
 * pool: their pool's customers make the page's walk short, but counting by walking would read most follow-ups,
 * while the parents-first union counts their few thousand directly. 'probe': always the wide shape, for a query
 * that other conditions narrow to a few rows before their parents are probed (lib/insight/followups.ts).
 */
export type FollowUpQueryPurpose = 'page' | 'count' | 'probe';

type ScopeOptions = { pools?: boolean };

async function scopedParents(manager: EntityManager, viewer: Viewer, types: readonly string[], { pools = true }: ScopeOptions): Promise<ParentScope[]> {
  return (await parentScopes(manager, viewer, types))
    .map((p) => (pools ? p : { ...p, scope: { ...p.scope, poolIds: [] } }))
    .filter((p) => !scopeIsEmpty(p.scope));
}

const isNarrow = (parents: ParentScope[], purpose: FollowUpQueryPurpose) =>
  parents.every((p) => scopeShape(purpose === 'count' ? { ...p.scope, poolIds: [] } : p.scope) === 'narrow');

/**
 * True when counting the viewer's follow-ups probes a parent per row (a wide scope that is not ALL everywhere):
 * such a count stops early (COUNT_CAP_BROAD) instead of probing ten thousand rows.
 */
export async function followUpCountProbesParents(manager: EntityManager, viewer: Viewer, types: readonly string[], options: ScopeOptions = {}) {
  const parents = await scopedParents(manager, viewer, types, options);
  return parents.length > 0 && !isNarrow(parents, 'count') && parents.some((p) => !p.scope.all);
}

/**
 * Live follow-ups whose parent (of one of `types`) the viewer may read, in the shape that suits the scope.
 * `pools: false` leaves out parents read only as a member of a public pool — the follow-up list shows the records
 * one has, as the customer list does (issue 9 item 6); a pool customer's own page still shows its follow-ups.
 */
export async function readableFollowUpsOf(
  manager: EntityManager, viewer: Viewer, types: readonly string[], purpose: FollowUpQueryPurpose = 'count', options: ScopeOptions = {},
): Promise<SelectQueryBuilder<FollowUp>> {
  const parents = await scopedParents(manager, viewer, types, options);
  if (!parents.length) return manager.createQueryBuilder(FollowUp, 'f').where('1 = 0');
  if (purpose === 'probe') return wideFollowUps(manager, parents, 'page');
  return isNarrow(parents, purpose) ? narrowFollowUps(manager, parents) : wideFollowUps(manager, parents, purpose);
}

/** The viewer's scope over each follow-up parent type they can reach (public pools included). */
export const followUpParentScopes = (manager: EntityManager, viewer: Viewer, types: readonly string[]) => scopedParents(manager, viewer, types, {});
