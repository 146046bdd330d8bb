// Hands owned records from one owner to another inside the caller's transaction: a conditional owner change
// (only rows still owned by the old owner move) and one audit entry per record. Used by the customer transfer
// cascade and by offboarding; the callers do the access checks before calling.
import { EntityManager, EntityTarget, In, IsNull, Not, ObjectLiteral } from 'typeorm';
import { Contact, Contract, Customer, Lead, Opportunity, Task } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { OPEN_CATEGORIES } from '@/entities/opportunity.entity';
import { OPEN_TASK_STATUSES } from '@/entities/task.entity';
import { AuditActor, audit } from '@/lib/audit/audit';
import { conflict } from '@/lib/errors';

/** How one kind of owned record is moved: its table, owner property and column, and what a move resets. */
export interface OwnedKind {
  type: 'contact' | 'opportunity' | 'contract' | 'lead' | 'task';
  entity: EntityTarget<ObjectLiteral>;
  owner: 'ownerId' | 'assigneeId';
  column: 'owner_id' | 'assignee_id';
  /** Columns a new owner starts afresh with (a task's due reminder goes out again, to the new assignee). */
  reset?: Record<string, unknown>;
}

export const OWNED_KINDS = {
  contact: { type: 'contact', entity: Contact, owner: 'ownerId', column: 'owner_id' },
  opportunity: { type: 'opportunity', entity: Opportunity, owner: 'ownerId', column: 'owner_id' },
  contract: { type: 'contract', entity: Contract, owner: 'ownerId', column: 'owner_id' },
  lead: { type: 'lead', entity: Lead, owner: 'ownerId', column: 'owner_id' },
  task: { type: 'task', entity: Task, owner: 'assigneeId', column: 'assignee_id', reset: { dueRemindedAt: null } },
} satisfies Record<string, OwnedKind>;

const CHUNK = 500;

/**
 * Moves the records `ids` of one kind from `fromUserId` to `toUserId`, audited as 'transfer' with `changes`
 * added to each entry. A record no longer owned by `fromUserId` (someone moved it meanwhile) is a CONFLICT.
 */
export async function moveOwned(
  manager: EntityManager, actor: AuditActor, kind: OwnedKind, ids: readonly number[], fromUserId: number, toUserId: number,
  changes: Record<string, unknown> = {},
): Promise<number[]> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const chunk = unique.slice(i, i + CHUNK);
    const result = await manager.createQueryBuilder().update(kind.entity)
      .set({ [kind.owner]: toUserId, ...kind.reset })
      .where(`id IN (:...chunk) AND ${kind.column} = :fromUserId`, { chunk, fromUserId })
      .execute();
    if (result.affected !== chunk.length) throw conflict('Someone else changed these records at the same moment; please try again', { type: kind.type });
  }
  await audit(manager, actor, unique.map((id) => ({
    action: 'transfer', entityType: kind.type, entityId: id, changes: { [kind.owner]: [fromUserId, toUserId], ...changes },
  })));
  return unique;
}

const idsOf = (rows: { id: number }[]) => rows.map((r) => r.id).sort((a, b) => a - b);

/** Open opportunities of these customers still owned by `ownerId` (the transfer cascade). */
export async function openOpportunitiesOf(manager: EntityManager, customerIds: readonly number[], ownerId: number): Promise<number[]> {
  if (!customerIds.length) return [];
  return idsOf(await manager.find(Opportunity, {
    select: { id: true }, where: { customerId: In([...customerIds]), ownerId, deletedAt: IsNull(), category: In([...OPEN_CATEGORIES]) },
  }));
}

/** Contracts of these customers owned by `ownerId` that are not void (the transfer cascade). */
export async function activeContractsOf(manager: EntityManager, customerIds: readonly number[], ownerId: number): Promise<number[]> {
  if (!customerIds.length) return [];
  return idsOf(await manager.find(Contract, {
    select: { id: true }, where: { customerId: In([...customerIds]), ownerId, deletedAt: IsNull(), status: Not(ContractStatus.VOID) },
  }));
}

/** Everything a departing user owns that offboarding hands over, by kind (ids, ascending). */
export interface UserRecords {
  customers: number[];
  contacts: number[];
  opportunities: number[];
  contracts: number[];
  leads: number[];
  tasks: number[];
}

/**
 * The user's live records: owned customers (not the recycle bin), contacts, opportunities and contracts of any
 * state (closed ones are the customers' history, which the successor must see), leads not yet converted (a
 * converted lead is a read-only record of where a customer came from) and open tasks.
 */
export async function recordsOf(manager: EntityManager, userId: number): Promise<UserRecords> {
  const live = { ownerId: userId, deletedAt: IsNull() };
  const [customers, contacts, opportunities, contracts, leads, tasks] = await Promise.all([
    manager.find(Customer, { select: { id: true }, where: live }),
    manager.find(Contact, { select: { id: true }, where: live }),
    manager.find(Opportunity, { select: { id: true }, where: live }),
    manager.find(Contract, { select: { id: true }, where: live }),
    manager.find(Lead, { select: { id: true }, where: { ...live, status: Not(LeadStatus.CONVERTED) } }),
    manager.find(Task, { select: { id: true }, where: { assigneeId: userId, deletedAt: IsNull(), status: In([...OPEN_TASK_STATUSES]) } }),
  ]);
  return {
    customers: idsOf(customers), contacts: idsOf(contacts), opportunities: idsOf(opportunities),
    contracts: idsOf(contracts), leads: idsOf(leads), tasks: idsOf(tasks),
  };
}
