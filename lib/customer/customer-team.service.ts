// A customer's team: colleagues who may read it (and, flagged can-edit, change it) whatever their scope.
import { DataSource } from 'typeorm';
import { Customer, CustomerTeamMember, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, requireAccess } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput } from '@/lib/errors';
import { CUSTOMER_OWNER_TABLE } from './customer.tables';
import { actorOf } from './customer.service';

export async function setTeamMember(db: DataSource, viewer: Viewer, customerId: number, userId: number, canEdit: boolean) {
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, [customerId], 'write');
    const customer = await manager.findOneByOrFail(Customer, { id: customerId });
    const user = Number.isSafeInteger(userId) ? await manager.findOneBy(User, { id: userId }) : null;
    // Like a transfer target: an INACTIVE user (never signed in) cannot be given work yet, a DISABLED one never.
    if (!user || user.status !== UserStatus.ACTIVE) throw badInput('userId', 'must be an active user');
    if (user.id === customer.ownerId) throw badInput('userId', 'is already the owner');
    const existing = await manager.findOneBy(CustomerTeamMember, { customerId, userId });
    await manager.save(CustomerTeamMember, { customerId, userId, canEdit });
    await audit(manager, actorOf(viewer), {
      action: existing ? 'team.update' : 'team.add', entityType: 'customer', entityId: customerId,
      changes: { userId, canEdit: existing ? [existing.canEdit, canEdit] : canEdit },
    });
    return manager.findOneByOrFail(CustomerTeamMember, { customerId, userId });
  });
}

export async function removeTeamMember(db: DataSource, viewer: Viewer, customerId: number, userId: number) {
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, [customerId], 'write');
    const result = await manager.delete(CustomerTeamMember, { customerId, userId });
    if (result.affected) await audit(manager, actorOf(viewer), { action: 'team.remove', entityType: 'customer', entityId: customerId, changes: { userId } });
    return true;
  });
}
