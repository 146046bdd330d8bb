// Transfer of one or many customers to a colleague in the transferrer's write scope (SPEC 3.2).
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Contact, Customer, CustomerTeamMember, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { DataModule, Viewer, requireAccess, requireIds, resolveScope } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput } from '@/lib/errors';
import { CUSTOMER_OWNER_TABLE } from './customer.tables';
import { actorOf } from './customer.service';

export interface TransferCustomersInput {
  ids: readonly (string | number)[];
  toUserId: number;
  withContacts?: boolean | null;
  keepOldOwnerInTeam?: boolean | null;
}

/** The target must be an active user whose records the viewer could change (their write scope). */
export async function assertTransferTarget(manager: EntityManager, viewer: Viewer, toUserId: number, module: DataModule = 'customer') {
  const target = Number.isSafeInteger(toUserId) ? await manager.findOneBy(User, { id: toUserId }) : null;
  if (!target || target.status !== UserStatus.ACTIVE) throw badInput('toUserId', 'must be an active user');
  const scope = await resolveScope(manager, viewer, module, 'write');
  if (!scope.all && !scope.ownerIds.includes(target.id)) throw badInput('toUserId', 'is outside your data scope');
  return target;
}

export async function transferCustomers(db: DataSource, viewer: Viewer, input: TransferCustomersInput): Promise<Customer[]> {
  const ids = requireIds(input.ids);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write');
    const target = await assertTransferTarget(manager, viewer, Number(input.toUserId));
    const customers = await manager.findBy(Customer, { id: In(ids) });
    if (customers.some((c) => c.ownerId === null)) throw badInput('ids', 'public-pool customers are assigned from the pool, not transferred');
    const moving = customers.filter((c) => c.ownerId !== target.id);
    for (const customer of moving) {
      const from = customer.ownerId!;
      await manager.update(Customer, { id: customer.id }, { ownerId: target.id });
      let contacts = 0;
      if (input.withContacts) contacts = (await manager.update(Contact, { customerId: customer.id, deletedAt: IsNull() }, { ownerId: target.id })).affected ?? 0;
      // The new owner no longer needs a team seat; the old owner may keep a read-only one.
      await manager.delete(CustomerTeamMember, { customerId: customer.id, userId: target.id });
      if (input.keepOldOwnerInTeam) {
        await manager.createQueryBuilder().insert().into(CustomerTeamMember).values({ customerId: customer.id, userId: from, canEdit: false }).orIgnore().execute();
      }
      await audit(manager, actorOf(viewer), {
        action: 'transfer', entityType: 'customer', entityId: customer.id,
        changes: { ownerId: [from, target.id], withContacts: !!input.withContacts, contactsMoved: contacts, keepOldOwnerInTeam: !!input.keepOldOwnerInTeam },
      });
    }
    return manager.findBy(Customer, { id: In(ids) });
  });
}
