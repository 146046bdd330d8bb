// A follow-up counts for a customer: the one it is recorded on, or the customer of the contact, opportunity or
// contract it is recorded on. The customer's last and next follow-up times are recomputed from its live
// follow-ups after every change, so edits and deletions are reflected too.
import { Brackets, EntityManager } from 'typeorm';
import { Customer, FollowUp } from '@/entities';
import { customerChildTypes, recordTable } from '@/lib/access';

/** The customer a record counts for, or null (leads, unknown types). */
export async function customerOfRecord(manager: EntityManager, type: string, id: number): Promise<number | null> {
  if (type === 'customer') return id;
  const table = recordTable(type);
  const column = table?.columns.teamCustomer;
  if (!table || !column || column === `${table.alias}.id`) return null;
  const row = await manager.createQueryBuilder(table.entity, table.alias).select(column, 'cid').where(`${table.alias}.id = :id`, { id }).getRawOne<{ cid: number | null }>();
  return row?.cid ? Number(row.cid) : null;
}

/** Live follow-ups recorded on the customer or on its live children (contacts, opportunities, contracts, …). */
export function followUpsOfCustomer(manager: EntityManager, customerId: number) {
  const qb = manager.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NULL');
  const params: Record<string, unknown> = { fcCustomer: customerId, fcCustomerType: 'customer' };
  const parts = ['(f.parentType = :fcCustomerType AND f.parentId = :fcCustomer)'];
  for (const [i, child] of customerChildTypes().entries()) {
    const alias = `fc${i}`;
    const rename = (column: string) => column.replace(`${child.table.alias}.`, `${alias}.`);
    const sub = manager.createQueryBuilder(child.table.entity, alias).select(`${alias}.id`).where(`${rename(child.customerColumn)} = :fcCustomer`);
    if (child.table.deletedColumn) sub.andWhere(`${rename(child.table.deletedColumn)} IS NULL`);
    parts.push(`(f.parentType = :fcType${i} AND f.parentId IN (${sub.getQuery()}))`);
    params[`fcType${i}`] = child.type;
  }
  return qb.andWhere(new Brackets((w) => { w.where(parts.join(' OR '), params); }));
}

const asDate = (value: unknown) => (value ? new Date(value instanceof Date ? value : `${String(value).replace(' ', 'T')}${/Z|[+-]\d\d:?\d\d$/.test(String(value)) ? '' : 'Z'}`) : null);

/**
 * lastFollowUpAt: the latest contact; nextFollowUpAt: the earliest planned next contact that no later contact
 * has superseded (planned after the latest contact), or null. `extraPlans` are planned times from elsewhere.
 */
export async function refreshCustomerFollowUpTimes(manager: EntityManager, customerId: number, extraPlans: readonly Date[] = []) {
  const last = await followUpsOfCustomer(manager, customerId).select('MAX(f.occurredAt)', 'at').getRawOne<{ at: unknown }>();
  const lastAt = asDate(last?.at);
  const nextQb = followUpsOfCustomer(manager, customerId).select('MIN(f.nextContactAt)', 'at').andWhere('f.nextContactAt IS NOT NULL');
  if (lastAt) nextQb.andWhere('f.nextContactAt > :lastAt', { lastAt });
  // Plans recorded elsewhere (a converted lead's next contact time) count like a follow-up's.
  const plans = [asDate((await nextQb.getRawOne<{ at: unknown }>())?.at), ...extraPlans].filter((d): d is Date => !!d && (!lastAt || d > lastAt));
  const nextAt = plans.length ? new Date(Math.min(...plans.map((d) => d.getTime()))) : null;
  // Recording a contact is not a change of the customer's own data: updatedAt stays as it was.
  await manager.createQueryBuilder().update(Customer)
    .set({ lastFollowUpAt: lastAt, nextFollowUpAt: nextAt, updatedAt: () => 'updated_at' })
    .where('id = :customerId', { customerId }).execute();
}
