// The "root" of a record: the owned record (customer, contract, task, …) whose scope decides who sees it. An
// owned record is its own root; a derived one (follow-up, payment plan, receivable) hangs directly under its root.
// Notifications and comments store their record's root when written, so reading them checks visibility with
// one primary-key probe per row (records.ts readableRootCondition) instead of walking the chain in SQL.
import { EntityManager, In } from 'typeorm';
import { Comment, Notification } from '@/entities';
import { derivedRecordType, recordTable } from './records';

export interface RecordRef { type: string; id: number }

/** The owned record `type#id` hangs under (itself when owned); null for unknown types or missing rows. */
export async function recordRoot(manager: EntityManager, type: string, id: number): Promise<RecordRef | null> {
  if (recordTable(type)) return { type, id };
  const def = derivedRecordType(type);
  if (!def) return null;
  const row = await manager.createQueryBuilder(def.entity, def.alias)
    .select(def.parentType, 'ptype').addSelect(def.parentId, 'pid')
    .where(`${def.alias}.id = :id`, { id }).getRawOne<{ ptype: string; pid: number }>();
  if (!row || !recordTable(String(row.ptype))) return null;
  return { type: String(row.ptype), id: Number(row.pid) };
}

/**
 * A derived record moved to another parent (follow-ups of a converted lead or a merged customer): the
 * notifications and comments about it now follow the new root. Call in the transaction that moves them.
 */
export async function moveRecordRoots(manager: EntityManager, type: string, ids: readonly number[], root: RecordRef): Promise<void> {
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = [...ids.slice(i, i + 500)];
    await manager.update(Notification, { entityType: type, entityId: In(chunk) }, { rootType: root.type, rootId: root.id });
    await manager.update(Comment, { targetType: type, targetId: In(chunk) }, { rootType: root.type, rootId: root.id });
  }
}
