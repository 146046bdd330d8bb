// Reading approvals: 待我审批 (awaiting my decision), 我发起的 (submitted by me), 我已审批 (decided by me), and the
// approval history of documents.
import { Brackets, DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Approval, ApprovalCandidate, ApprovalStep } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { Contract } from '@/entities';
import { ApprovalStatus } from '@/entities/approval.entity';
import { Viewer, resolveScope, scopeCondition } from '@/lib/access';
import { CONTRACT_TABLE } from '@/lib/contract/contract.tables';
import { PageArgs, paginate } from '@/lib/pagination';

/** ACTIVE steps the viewer is an approver of, oldest first (they have waited longest). */
function pendingSteps(manager: EntityManager, viewer: Viewer, documentType?: ApprovalDocumentType | null): SelectQueryBuilder<ApprovalStep> {
  const qb = manager.createQueryBuilder(ApprovalStep, 's')
    .innerJoin(ApprovalCandidate, 'ac', 'ac.stepId = s.id AND ac.userId = :me', { me: viewer.userId })
    .where('s.status = :active', { active: ApprovalStepStatus.ACTIVE });
  if (documentType) qb.andWhere('s.documentType = :documentType', { documentType });
  return qb;
}

export function listPendingApprovals(db: DataSource, viewer: Viewer, documentType: ApprovalDocumentType | null | undefined, page: PageArgs) {
  const qb = pendingSteps(db.manager, viewer, documentType).orderBy('s.activatedAt', 'ASC').addOrderBy('s.id', 'ASC');
  return paginate(qb, page);
}

/**
 * Narrows a query on approvals or steps (alias `a`/`s`) to the contracts the viewer can read, as everywhere else.
 * Ownership requests belong to no contract: the caller's own condition (submitter, decider) is their whole scope.
 */
async function onReadableContracts<T extends Approval | ApprovalStep>(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<T>, alias: string) {
  qb.leftJoin(Contract, 'k', `k.id = ${alias}.contractId AND k.deletedAt IS NULL`);
  const scope = scopeCondition(await resolveScope(manager, viewer, 'contract', 'read'), CONTRACT_TABLE.columns);
  const readable = scope ? `(k.id IS NOT NULL AND ${scope.sql})` : 'k.id IS NOT NULL';
  return qb.andWhere(new Brackets((w) => {
    w.where(`${alias}.documentType = :ownershipType`, { ownershipType: ApprovalDocumentType.OWNERSHIP }).orWhere(readable, scope?.params ?? {});
  }));
}

/** 我发起的: approval runs the viewer submitted (through a flow), newest first, on contracts they can still read. */
export async function listSubmittedApprovals(db: DataSource, viewer: Viewer, f: { documentType?: ApprovalDocumentType | null; status?: ApprovalStatus | null }, page: PageArgs) {
  const qb = db.manager.createQueryBuilder(Approval, 'a').where('a.submitterId = :me AND a.flowName IS NOT NULL', { me: viewer.userId });
  if (f.documentType) qb.andWhere('a.documentType = :documentType', { documentType: f.documentType });
  if (f.status) qb.andWhere('a.status = :status', { status: f.status });
  await onReadableContracts(db.manager, viewer, qb, 'a');
  return paginate(qb.orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC'), page);
}

/** 我已审批: steps the viewer decided, latest first, on contracts they can still read. */
export async function listDecidedApprovals(db: DataSource, viewer: Viewer, documentType: ApprovalDocumentType | null | undefined, page: PageArgs) {
  const qb = db.manager.createQueryBuilder(ApprovalStep, 's').where('s.decidedById = :me AND s.status IN (:...decided)', {
    me: viewer.userId, decided: [ApprovalStepStatus.APPROVED, ApprovalStepStatus.REJECTED],
  });
  if (documentType) qb.andWhere('s.documentType = :documentType', { documentType });
  await onReadableContracts(db.manager, viewer, qb, 's');
  return paginate(qb.orderBy('s.decidedAt', 'DESC').addOrderBy('s.id', 'DESC'), page);
}

export const countPendingApprovals = (db: DataSource, viewer: Viewer) => pendingSteps(db.manager, viewer).getCount();

/** Approval runs of documents, newest first, keyed `TYPE:id`. Callers pass documents already in scope. */
export async function approvalsOfDocuments(manager: EntityManager, keys: readonly string[]): Promise<Map<string, Approval[]>> {
  const byType = new Map<string, number[]>();
  for (const key of keys) {
    const [type, id] = key.split(':');
    byType.set(type, [...(byType.get(type) ?? []), Number(id)]);
  }
  const rows: Approval[] = [];
  for (const [type, ids] of byType) {
    rows.push(...await manager.find(Approval, { where: { documentType: type as ApprovalDocumentType, documentId: In(ids) }, order: { id: 'DESC' } }));
  }
  const out = new Map<string, Approval[]>(keys.map((k) => [k, []]));
  for (const row of rows) out.get(`${row.documentType}:${row.documentId}`)?.push(row);
  return out;
}

export async function stepsOfApprovals(manager: EntityManager, approvalIds: readonly number[]): Promise<Map<number, ApprovalStep[]>> {
  const rows = approvalIds.length ? await manager.find(ApprovalStep, { where: { approvalId: In([...approvalIds]) }, order: { position: 'ASC' } }) : [];
  const out = new Map<number, ApprovalStep[]>(approvalIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.approvalId)?.push(row);
  return out;
}

/** The approver user ids of each step (who it waits on while ACTIVE). */
export async function candidatesOfSteps(manager: EntityManager, stepIds: readonly number[]): Promise<Map<number, number[]>> {
  const rows = stepIds.length ? await manager.findBy(ApprovalCandidate, { stepId: In([...stepIds]) }) : [];
  const out = new Map<number, number[]>(stepIds.map((id) => [id, []]));
  for (const row of rows) out.get(row.stepId)?.push(row.userId);
  return out;
}
