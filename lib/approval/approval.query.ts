// Reading approvals: "awaiting my approval" (待我审批) and the approval history of documents.
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { Approval, ApprovalCandidate, ApprovalStep } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { Viewer } from '@/lib/access';
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
