// What approval means for an ownership request (申请归属): approved, the customer is handed to the requester with the
// cascade they asked for (the transfer service's hand-over); rejected, nothing changes but the request's status.
import { EntityManager, IsNull } from 'typeorm';
import { Customer, OwnershipRequest } from '@/entities';
import { AuditActor, audit } from '@/lib/audit/audit';
import { handOverCustomer } from '@/lib/customer/customer-transfer.service';
import { conflict } from '@/lib/errors';
import { OWNED_KINDS, activeContractsOf, moveOwned, openOpportunitiesOf } from '@/lib/offboarding/handover';

export const OWNERSHIP_ENTITY = 'ownership_request';

async function settle(manager: EntityManager, id: number, actor: AuditActor, status: 'APPROVED' | 'REJECTED') {
  const result = await manager.update(OwnershipRequest, { id, status: 'PENDING' }, { status, decidedAt: new Date() });
  if (result.affected !== 1) throw conflict('The ownership request is no longer awaiting approval');
  await audit(manager, actor, { action: status === 'APPROVED' ? 'approved' : 'rejected', entityType: OWNERSHIP_ENTITY, entityId: id, changes: { status: ['PENDING', status] } });
}

async function transfer(manager: EntityManager, id: number, actor: AuditActor) {
  const request = await manager.findOneByOrFail(OwnershipRequest, { id });
  const customer = await manager.findOneBy(Customer, { id: request.customerId, deletedAt: IsNull() });
  // The owner the leaders agreed to take it from must still hold it: otherwise they decided on another situation.
  if (!customer || customer.ownerId !== request.ownerId) {
    throw conflict('The customer has changed owner (or was deleted) since the request; reject it and ask again', { customerId: String(request.customerId) });
  }
  const from = customer.ownerId;
  const opportunities = request.withOpportunities ? await openOpportunitiesOf(manager, [customer.id], from) : [];
  const contracts = request.withContracts ? await activeContractsOf(manager, [customer.id], from) : [];
  const cascade = { ownershipRequestId: id, withOpportunities: request.withOpportunities, opportunitiesMoved: opportunities.length, withContracts: request.withContracts, contractsMoved: contracts.length };
  await handOverCustomer(manager, actor, customer, request.requesterId, { withContacts: request.withContacts, changes: cascade });
  await moveOwned(manager, actor, OWNED_KINDS.opportunity, opportunities, from, request.requesterId, { withCustomer: customer.id, ownershipRequestId: id });
  await moveOwned(manager, actor, OWNED_KINDS.contract, contracts, from, request.requesterId, { withCustomer: customer.id, ownershipRequestId: id });
}

export const ownershipApproval = {
  entityType: OWNERSHIP_ENTITY,
  async describe(manager: EntityManager, id: number) {
    const request = await manager.findOneByOrFail(OwnershipRequest, { id });
    const customer = await manager.findOneByOrFail(Customer, { id: request.customerId });
    return `归属申请 ${customer.code}《${customer.name}》`;
  },
  async onApproved(manager: EntityManager, id: number, actor: AuditActor) {
    await transfer(manager, id, actor);
    await settle(manager, id, actor, 'APPROVED');
  },
  onRejected: (manager: EntityManager, id: number, actor: AuditActor) => settle(manager, id, actor, 'REJECTED'),
};
