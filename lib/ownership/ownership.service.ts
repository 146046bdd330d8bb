// 申请归属 (seed 002 §3.1.3): asking for a colleague's customer found through 查重. The request names the customer
// by its code (all 查重 shows), states a reason, and goes to the requester's leader, then the owner's leader
// (the nearest active department head above each; one step when they are the same person). Until it is approved the
// requester learns nothing beyond 查重's four fields (OwnershipRequestView).
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Customer, Department, OwnershipRequest, User } from '@/entities';
import { ApprovalDocumentType, ApproverType } from '@/entities/approval-flow.entity';
import { UserStatus } from '@/entities/user.entity';
import { Viewer } from '@/lib/access';
import { FixedStep, startFixedApproval } from '@/lib/approval/approval.engine';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput, conflict, notFound } from '@/lib/errors';
import { OWNERSHIP_ENTITY } from './ownership.approval';

export interface OwnershipRequestInput {
  customerCode: string;
  reason: string;
  withContacts?: boolean | null;
  withOpportunities?: boolean | null;
  withContracts?: boolean | null;
}

/** The nearest active department head above a user (their own department first), not the user nor `except`. */
export async function leaderOf(manager: EntityManager, user: { id: number; departmentId: number }, except: number): Promise<User | null> {
  const own = await manager.findOneBy(Department, { id: user.departmentId });
  if (!own) return null;
  const chain = own.path.split('/').filter(Boolean).map(Number).reverse();
  const byId = new Map((await manager.findBy(Department, { id: In(chain) })).map((d) => [d.id, d]));
  for (const id of chain) {
    const headId = byId.get(id)?.headId;
    if (!headId || headId === user.id || headId === except) continue;
    const head = await manager.findOneBy(User, { id: headId, status: UserStatus.ACTIVE });
    if (head) return head;
  }
  return null;
}

const step = (name: string, leader: User | null): FixedStep => (leader
  ? { name, approverType: ApproverType.DEPARTMENT_HEAD, label: leader.name, candidates: [leader.id], skipped: false }
  : { name, approverType: ApproverType.DEPARTMENT_HEAD, label: '—', candidates: [], skipped: true });

function cleanInput(input: OwnershipRequestInput) {
  const errors = new FieldErrors();
  const code = input.customerCode?.trim() ?? '';
  const reason = input.reason?.trim() ?? '';
  errors.check(code.length > 0, 'customerCode', 'is required');
  errors.check(reason.length > 0, 'reason', 'is required');
  errors.check([...reason].length <= 500, 'reason', 'must be at most 500 characters');
  errors.throwIfAny();
  return { code, reason };
}

export async function requestOwnership(db: DataSource, viewer: Viewer, input: OwnershipRequestInput): Promise<OwnershipRequest> {
  const { code, reason } = cleanInput(input);
  return inTransaction(db, async (manager) => {
    // Like 查重: any live customer of the company, by code; a missing one is NOT_FOUND.
    const customer = await manager.findOneBy(Customer, { code, deletedAt: IsNull() });
    if (!customer) throw notFound('Customer');
    if (customer.ownerId === null) throw badInput('customerCode', 'is in the public pool: claim it from the pool instead');
    if (customer.ownerId === viewer.userId) throw badInput('customerCode', 'is already yours');
    if (await manager.existsBy(OwnershipRequest, { customerId: customer.id, requesterId: viewer.userId, status: 'PENDING' })) {
      throw conflict('You have already asked for this customer; the request is awaiting approval');
    }
    const owner = await manager.findOneByOrFail(User, { id: customer.ownerId });
    const mine = await leaderOf(manager, { id: viewer.userId, departmentId: viewer.departmentId }, viewer.userId);
    const theirs = await leaderOf(manager, owner, viewer.userId);
    const steps = [step('申请人上级审批', mine)];
    if (!mine || !theirs || theirs.id !== mine.id) steps.push(step('归属人上级审批', theirs));
    const request = await manager.save(manager.create(OwnershipRequest, {
      customerId: customer.id, requesterId: viewer.userId, ownerId: owner.id, reason, status: 'PENDING', approvalId: null,
      withContacts: input.withContacts ?? true, withOpportunities: !!input.withOpportunities, withContracts: !!input.withContracts, decidedAt: null,
    }));
    const approval = await startFixedApproval(manager, viewer, { documentType: ApprovalDocumentType.OWNERSHIP, documentId: request.id, contractId: 0 }, '客户归属申请', steps);
    await manager.update(OwnershipRequest, { id: request.id }, { approvalId: approval.id });
    await audit(manager, { userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId }, {
      action: 'create', entityType: OWNERSHIP_ENTITY, entityId: request.id,
      changes: { customerId: customer.id, code: customer.code, ownerId: owner.id, reason, approvalId: approval.id, withContacts: request.withContacts, withOpportunities: request.withOpportunities, withContracts: request.withContracts },
    });
    return manager.findOneByOrFail(OwnershipRequest, { id: request.id });
  });
}

/** The viewer's own requests, newest first (at most 100). */
export function myOwnershipRequests(manager: EntityManager, viewer: Viewer): Promise<OwnershipRequest[]> {
  return manager.find(OwnershipRequest, { where: { requesterId: viewer.userId }, order: { id: 'DESC' }, take: 100 });
}

/** What any party to a request may see: 查重's four fields of the customer, and the request itself. */
export interface OwnershipRequestView {
  id: number; status: string; reason: string; createdAt: Date; decidedAt: Date | null;
  withContacts: boolean; withOpportunities: boolean; withContracts: boolean;
  customerId: number; requesterId: number; approvalId: number | null;
  customerCode: string; customerName: string; ownerName: string | null; departmentName: string | null;
}

export async function viewsOf(manager: EntityManager, requests: OwnershipRequest[]): Promise<OwnershipRequestView[]> {
  if (!requests.length) return [];
  const customers = new Map((await manager.find(Customer, { select: { id: true, code: true, name: true }, where: { id: In(requests.map((r) => r.customerId)) } })).map((c) => [c.id, c]));
  const owners = new Map((await manager.find(User, { select: { id: true, name: true, departmentId: true }, where: { id: In(requests.map((r) => r.ownerId)) } })).map((u) => [u.id, u]));
  const departments = new Map((await manager.find(Department, { select: { id: true, name: true }, where: { id: In([...owners.values()].map((u) => u.departmentId)) } })).map((d) => [d.id, d.name]));
  return requests.map((r) => {
    const customer = customers.get(r.customerId);
    const owner = owners.get(r.ownerId);
    return {
      id: r.id, status: r.status, reason: r.reason, createdAt: r.createdAt, decidedAt: r.decidedAt,
      withContacts: r.withContacts, withOpportunities: r.withOpportunities, withContracts: r.withContracts,
      customerId: r.customerId, requesterId: r.requesterId, approvalId: r.approvalId,
      customerCode: customer?.code ?? '', customerName: customer?.name ?? '', ownerName: owner?.name ?? null,
      departmentName: owner ? departments.get(owner.departmentId) ?? null : null,
    };
  });
}
