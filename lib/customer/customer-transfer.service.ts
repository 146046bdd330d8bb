// Transfer of one or many customers to a colleague in the transferrer's transfer scope (SPEC 3.2), optionally
// with their contacts, open opportunities and active contracts.
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Contact, Customer, CustomerTeamMember, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { DataModule, Viewer, hasPermission, requireAccess, requireIds, resolveScope } from '@/lib/access';
import { AuditActor, audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, conflict, forbidden } from '@/lib/errors';
import { CONTRACT_OWNER_TABLE } from '@/lib/contract/contract.tables';
import { OPPORTUNITY_OWNER_TABLE } from '@/lib/opportunity/opportunity.tables';
import { OWNED_KINDS, activeContractsOf, moveOwned, openOpportunitiesOf } from '@/lib/offboarding/handover';
import { CUSTOMER_OWNER_TABLE } from './customer.tables';
import { actorOf } from './customer.service';

export interface TransferCustomersInput {
  ids: readonly (string | number)[];
  toUserId: number;
  withContacts?: boolean | null;
  keepOldOwnerInTeam?: boolean | null;
  /** Also move the customers' open opportunities owned by the old owner. */
  withOpportunities?: boolean | null;
  /** Also move the customers' contracts (not void) owned by the old owner. */
  withContracts?: boolean | null;
}

/** The target must be an active user within the viewer's transfer scope of the module (分配/转移). */
export async function assertTransferTarget(manager: EntityManager, viewer: Viewer, toUserId: number, module: DataModule = 'customer') {
  const target = Number.isSafeInteger(toUserId) ? await manager.findOneBy(User, { id: toUserId }) : null;
  if (!target || target.status !== UserStatus.ACTIVE) throw badInput('toUserId', 'must be an active user');
  const scope = await resolveScope(manager, viewer, module, 'transfer');
  if (!scope.all && !scope.ownerIds.includes(target.id)) throw badInput('toUserId', 'is outside your data scope');
  return target;
}

export interface HandOverOptions { withContacts?: boolean | null; keepOldOwnerInTeam?: boolean | null; changes?: Record<string, unknown> }

/**
 * Gives one owned customer to a new owner inside the caller's transaction (transfer and offboarding): the owner
 * change (only if the customer still has the owner the caller saw), optionally its contacts, the team seats, and
 * the audit entry. Returns the number of contacts moved.
 */
export async function handOverCustomer(manager: EntityManager, actor: AuditActor, customer: Customer, toUserId: number, options: HandOverOptions = {}): Promise<number> {
  const from = customer.ownerId!;
  const moved = await manager.createQueryBuilder().update(Customer).set({ ownerId: toUserId })
    .where('id = :id AND owner_id = :from', { id: customer.id, from }).execute();
  if (moved.affected !== 1) throw conflict(`Someone else changed ${customer.name} at the same moment; please try again`, { customerId: String(customer.id) });
  let contacts = 0;
  if (options.withContacts) contacts = (await manager.update(Contact, { customerId: customer.id, deletedAt: IsNull() }, { ownerId: toUserId })).affected ?? 0;
  // The new owner no longer needs a team seat; the old owner may keep a read-only one.
  await manager.delete(CustomerTeamMember, { customerId: customer.id, userId: toUserId });
  if (options.keepOldOwnerInTeam) {
    await manager.createQueryBuilder().insert().into(CustomerTeamMember).values({ customerId: customer.id, userId: from, canEdit: false }).orIgnore().execute();
  }
  await audit(manager, actor, {
    action: 'transfer', entityType: 'customer', entityId: customer.id,
    changes: { ownerId: [from, toUserId], withContacts: !!options.withContacts, contactsMoved: contacts, keepOldOwnerInTeam: !!options.keepOldOwnerInTeam, ...options.changes },
  });
  return contacts;
}

/** The cascade's records per customer, checked before anything is written: permission, scope of records and target. */
async function cascadeOf(manager: EntityManager, viewer: Viewer, customers: Customer[], input: TransferCustomersInput, targetId: number) {
  const byCustomer = new Map<number, { opportunities: number[]; contracts: number[] }>();
  for (const c of customers) {
    byCustomer.set(c.id, {
      opportunities: input.withOpportunities ? await openOpportunitiesOf(manager, [c.id], c.ownerId!) : [],
      contracts: input.withContracts ? await activeContractsOf(manager, [c.id], c.ownerId!) : [],
    });
  }
  const all = [...byCustomer.values()];
  const opportunities = all.flatMap((r) => r.opportunities);
  const contracts = all.flatMap((r) => r.contracts);
  if (input.withOpportunities) {
    if (!hasPermission(viewer, 'opportunity:transfer')) throw forbidden('Missing permission opportunity:transfer');
    if (opportunities.length) {
      await requireAccess(manager, viewer, OPPORTUNITY_OWNER_TABLE, opportunities, 'transfer');
      await assertTransferTarget(manager, viewer, targetId, 'opportunity');
    }
  }
  if (input.withContracts) {
    if (!hasPermission(viewer, 'contract:transfer')) throw forbidden('Missing permission contract:transfer');
    if (contracts.length) {
      await requireAccess(manager, viewer, CONTRACT_OWNER_TABLE, contracts, 'transfer');
      await assertTransferTarget(manager, viewer, targetId, 'contract');
    }
  }
  return byCustomer;
}

export async function transferCustomers(db: DataSource, viewer: Viewer, input: TransferCustomersInput): Promise<Customer[]> {
  const ids = requireIds(input.ids);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'transfer');
    const target = await assertTransferTarget(manager, viewer, Number(input.toUserId));
    const customers = await manager.findBy(Customer, { id: In(ids) });
    if (customers.some((c) => c.ownerId === null)) throw badInput('ids', 'public-pool customers are assigned from the pool, not transferred');
    const moving = customers.filter((c) => c.ownerId !== target.id).sort((a, b) => a.id - b.id);
    const cascade = await cascadeOf(manager, viewer, moving, input, target.id);
    const actor = actorOf(viewer);
    for (const customer of moving) {
      const from = customer.ownerId!;
      const { opportunities, contracts } = cascade.get(customer.id)!;
      await handOverCustomer(manager, actor, customer, target.id, {
        withContacts: input.withContacts, keepOldOwnerInTeam: input.keepOldOwnerInTeam,
        changes: { withOpportunities: !!input.withOpportunities, opportunitiesMoved: opportunities.length, withContracts: !!input.withContracts, contractsMoved: contracts.length },
      });
      await moveOwned(manager, actor, OWNED_KINDS.opportunity, opportunities, from, target.id, { withCustomer: customer.id });
      await moveOwned(manager, actor, OWNED_KINDS.contract, contracts, from, target.id, { withCustomer: customer.id });
    }
    return manager.findBy(Customer, { id: In(ids) });
  });
}
