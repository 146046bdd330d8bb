// A list filter naming a related record (contracts of customer X) matches only when the viewer may read X: otherwise
// filtering by a hidden record's id tells it apart from an id that does not exist (SPEC 2.3; issue 8, the
// filter-as-oracle test). One primary-key probe through the same scope condition as everything else.
import { EntityManager, ObjectLiteral, WhereExpressionBuilder } from 'typeorm';
import { ScopedTable, idsInScope } from './guard';
import { Viewer } from './viewer';

let seq = 0;

/** Adds `column = id` when the viewer may read record `id` of `table` (live or in the recycle bin), else no rows. */
export async function whereReadableReference<E extends ObjectLiteral>(
  manager: EntityManager, viewer: Viewer, qb: WhereExpressionBuilder, column: string, table: ScopedTable<E>, id: number | string | null | undefined,
): Promise<void> {
  if (id === null || id === undefined || id === '') return;
  const value = Number(id);
  const readable = Number.isSafeInteger(value) && value > 0 && (await idsInScope(manager, viewer, table, [value], 'read', 'any')).has(value);
  if (!readable) {
    qb.andWhere('1 = 0');
    return;
  }
  const param = `reference${++seq}`;
  qb.andWhere(`${column} = :${param}`, { [param]: value });
}
