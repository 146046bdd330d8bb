// Offboarding (SPEC 2.1): disabling a user and, in the same transaction, handing their open records to a
// successor or releasing their customers to the public pool. Who may do it is exactly who may disable the user
// (system:user, or a department manager for ordinary users of their subtree); the successor must be active and
// within the actor's write scope for every module something moves in. All or nothing, audited, successor told.
import { DataSource, EntityManager, In } from 'typeorm';
import { Customer, Pool, User } from '@/entities';
import { PoolReason } from '@/entities/pool.entity';
import { DataModule, Viewer } from '@/lib/access';
import { AuditActor, audit } from '@/lib/audit/audit';
import { assertTransferTarget, handOverCustomer } from '@/lib/customer/customer-transfer.service';
import { DomainError, badInput, conflict, notFound } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';
import { actorOf, parseId } from '@/lib/org/org.common';
import { authorizeUserChange, rolesOf } from '@/lib/org/user-policy';
import { disableUser } from '@/lib/org/user-status.service';
import { poolTransaction } from '@/lib/pool/pool-lock';
import { releaseToPool } from '@/lib/pool/pool-transitions';
import { OWNED_KINDS, OwnedKind, UserRecords, moveOwned, recordsOf } from './handover';

export interface OffboardingCounts {
  customers: number;
  contacts: number;
  opportunities: number;
  contracts: number;
  leads: number;
  openTasks: number;
}

export const countsOf = (r: UserRecords): OffboardingCounts => ({
  customers: r.customers.length, contacts: r.contacts.length, opportunities: r.opportunities.length,
  contracts: r.contracts.length, leads: r.leads.length, openTasks: r.tasks.length,
});

const NONE: OffboardingCounts = { customers: 0, contacts: 0, opportunities: 0, contracts: 0, leads: 0, openTasks: 0 };
export const totalOf = (c: OffboardingCounts) => Object.values(c).reduce((sum, n) => sum + n, 0);

/** The records other than customers, with the scope module a successor must be in and how they move. */
const OTHER_KINDS: { key: Exclude<keyof UserRecords, 'customers'>; module: DataModule; kind: OwnedKind }[] = [
  { key: 'contacts', module: 'contact', kind: OWNED_KINDS.contact },
  { key: 'opportunities', module: 'opportunity', kind: OWNED_KINDS.opportunity },
  { key: 'contracts', module: 'contract', kind: OWNED_KINDS.contract },
  { key: 'leads', module: 'lead', kind: OWNED_KINDS.lead },
  { key: 'tasks', module: 'task', kind: OWNED_KINDS.task },
];

/** The user to offboard, after the same checks as disabling them (NOT_FOUND outside a manager's subtree). */
async function authorizedTarget(manager: EntityManager, viewer: Viewer, userId: number): Promise<User> {
  const user = await manager.findOneBy(User, { id: userId });
  if (!user) throw notFound('User');
  await authorizeUserChange(manager, viewer, { action: 'disable', target: user, currentRoles: await rolesOf(manager, userId) });
  if (user.id === viewer.userId) throw badInput('userId', 'You cannot disable your own account');
  return user;
}

export interface OffboardingPreview { user: User; records: OffboardingCounts }

/** What disabling the user would hand over: counts of their open records. */
export async function offboardingPreview(db: DataSource, viewer: Viewer, rawUserId: unknown): Promise<OffboardingPreview> {
  const userId = parseId(rawUserId, 'userId');
  const user = await authorizedTarget(db.manager, viewer, userId);
  return { user, records: countsOf(await recordsOf(db.manager, userId)) };
}

export interface OffboardUserInput {
  userId: number | string;
  /** Receives the records; required unless customers are released to the pool or there is nothing to hand over. */
  successorId?: number | string | null;
  /** Customers go to the user's home pool (reason OFFBOARDING); the rest goes to the successor, if any, else stays. */
  releaseCustomersToPool?: boolean | null;
}

export interface OffboardingResult {
  user: User;
  successor: User | null;
  customersReleased: number;
  transferred: OffboardingCounts;
  /** Records left with the disabled user (release to the pool without a successor). */
  kept: OffboardingCounts;
}

/** The successor: active, not the leaver, and within the actor's write scope for each module in `modules`. */
async function requireSuccessor(manager: EntityManager, viewer: Viewer, leaver: User, successorId: number, modules: DataModule[]): Promise<User> {
  if (successorId === leaver.id) throw badInput('successorId', 'must be someone else than the user who leaves');
  let successor: User | null = null;
  for (const module of modules.length ? modules : ['customer' as DataModule]) {
    try {
      successor = await assertTransferTarget(manager, viewer, successorId, module);
    } catch (error) {
      // Same rule as every transfer, reported on this form's field.
      if (error instanceof DomainError && error.code === 'BAD_USER_INPUT') {
        const reason = (error.details.fields as { message: string }[] | undefined)?.[0]?.message ?? error.message;
        throw badInput('successorId', modules.length ? `${reason} (${module})` : reason);
      }
      throw error;
    }
  }
  return successor!;
}

async function release(manager: EntityManager, actor: AuditActor, leaver: User, customerIds: number[]): Promise<number> {
  if (!customerIds.length) return 0;
  if (!(await manager.count(Pool))) throw badInput('releaseCustomersToPool', 'There is no public pool to release the customers to');
  const moved = await releaseToPool(manager, actor, customerIds, PoolReason.OFFBOARDING, { note: `${leaver.name} 离职`, action: 'pool.release' });
  if (moved.length !== customerIds.length) throw conflict('Someone else changed these customers at the same moment; please try again');
  return moved.length;
}

async function handOver(manager: EntityManager, actor: AuditActor, leaver: User, successor: User, records: UserRecords) {
  const changes = { offboarding: true };
  const customers = records.customers.length ? await manager.find(Customer, { where: { id: In(records.customers) }, order: { id: 'ASC' } }) : [];
  // The leaver's contacts move by owner below, wherever they hang, so not again with each customer.
  for (const customer of customers) await handOverCustomer(manager, actor, customer, successor.id, { changes });
  for (const { key, kind } of OTHER_KINDS) await moveOwned(manager, actor, kind, records[key], leaver.id, successor.id, changes);
}

function summary(counts: OffboardingCounts): string {
  const parts: [number, string][] = [[counts.customers, '客户'], [counts.contacts, '联系人'], [counts.opportunities, '商机'], [counts.contracts, '合同'], [counts.leads, '线索'], [counts.openTasks, '待办任务']];
  return parts.filter(([n]) => n > 0).map(([n, label]) => `${label} ${n} 个`).join('，');
}

/** Disables the user and hands over or releases their records, in one transaction. */
export async function offboardUser(db: DataSource, viewer: Viewer, input: OffboardUserInput): Promise<OffboardingResult> {
  const userId = parseId(input.userId, 'userId');
  const successorId = input.successorId === null || input.successorId === undefined || input.successorId === '' ? null : parseId(input.successorId, 'successorId');
  const releasing = input.releaseCustomersToPool === true;
  const actor = actorOf(viewer);
  return poolTransaction(db, async (manager) => {
    await authorizedTarget(manager, viewer, userId);
    const leaver = await disableUser(manager, viewer, userId);
    const before = await recordsOf(manager, userId);
    if (successorId === null && !releasing && totalOf(countsOf(before))) {
      throw badInput('successorId', 'Choose a successor, or release the customers to the public pool');
    }
    const customersReleased = releasing ? await release(manager, actor, leaver, before.customers) : 0;
    // Releasing takes the leaver's contacts of those customers along; read what is left.
    const rest = releasing ? await recordsOf(manager, userId) : before;
    const remaining = countsOf(rest);
    let successor: User | null = null;
    if (successorId !== null) {
      const modules = [...(rest.customers.length ? ['customer' as DataModule] : []), ...OTHER_KINDS.filter((k) => rest[k.key].length).map((k) => k.module)];
      successor = await requireSuccessor(manager, viewer, leaver, successorId, modules);
      await handOver(manager, actor, leaver, successor, rest);
    }
    const transferred = successor ? remaining : NONE;
    const kept = successor ? NONE : remaining;
    await audit(manager, actor, {
      action: 'offboard', entityType: 'user', entityId: userId,
      changes: { successorId: successor?.id ?? null, releaseCustomersToPool: releasing, customersReleased, transferred, kept },
    });
    if (successor && totalOf(transferred)) {
      await notify(manager, {
        recipients: [successor.id], kind: 'offboarding', title: `${leaver.name} 的工作已交接给你`,
        body: summary(transferred), actorId: viewer.userId, data: { userId, ...transferred },
      });
    }
    return { user: await manager.findOneByOrFail(User, { id: userId }), successor, customersReleased, transferred, kept };
  });
}
