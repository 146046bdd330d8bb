// Runs approval flows: a submission snapshots the configured steps and their approvers, steps are decided
// one at a time in order, and the document is told when the last step approves or any step rejects.
// Every transition is a conditional UPDATE on the step's state, so of two concurrent decisions exactly one wins.
import { DataSource, EntityManager } from 'typeorm';
import { Approval, ApprovalCandidate, ApprovalFlow, ApprovalStep } from '@/entities';
import { ApprovalDocumentType, ApproverType } from '@/entities/approval-flow.entity';
import { ApprovalStatus } from '@/entities/approval.entity';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { Viewer, hasPermission, idsInScope } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, conflict, forbidden, notFound } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';
import { CONTRACT_TABLE } from '@/lib/contract/contract.tables';
import { approvalDocument } from './approval.documents';
import { APPROVE_PERMISSION, ResolvedStep, resolveStep, withFallback } from './approvers';

export interface ApprovalSubject {
  documentType: ApprovalDocumentType;
  documentId: number;
  /** The contract the document belongs to (the contract itself, or a receivable's contract). */
  contractId: number;
}

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** What a notification about an approval links to: the contract, or the document itself when it has none. */
const linkOf = (approval: Approval) => (approval.contractId
  ? { entityType: 'contract', entityId: approval.contractId }
  : { entityType: approvalDocument(approval.documentType).entityType, entityId: approval.documentId });

/** Activates the first WAITING step and tells its approvers; true when no step is left (approved). */
async function advance(manager: EntityManager, approval: Approval, actorId: number): Promise<boolean> {
  const next = await manager.findOne(ApprovalStep, { where: { approvalId: approval.id, status: ApprovalStepStatus.WAITING }, order: { position: 'ASC' } });
  const now = new Date();
  if (!next) {
    await manager.update(Approval, { id: approval.id, status: ApprovalStatus.PENDING }, { status: ApprovalStatus.APPROVED, decidedAt: now });
    return true;
  }
  await manager.update(ApprovalStep, { id: next.id, status: ApprovalStepStatus.WAITING }, { status: ApprovalStepStatus.ACTIVE, activatedAt: now });
  const candidates = (await manager.findBy(ApprovalCandidate, { stepId: next.id })).map((c) => c.userId);
  const document = approvalDocument(approval.documentType);
  const title = await document.describe(manager, approval.documentId);
  await notify(manager, {
    recipients: candidates, kind: 'approval.request', title: `待审批：${title}`, body: `${next.name}（第 ${next.position} 步）等待您审批`,
    ...linkOf(approval), actorId, dedupeKey: `approval-step:${next.id}:request`,
  });
  return false;
}

/**
 * Starts the configured flow for a submitted document (inside the submitting transaction). Without an
 * enabled flow with steps the document is approved at once (recorded as an approval without steps);
 * the caller then treats it as approved. A role or named-user step nobody can decide goes to the flow's fallback
 * approver; without a usable one the submission is refused (CONFLICT).
 */
export async function startApproval(manager: EntityManager, submitter: Viewer, subject: ApprovalSubject): Promise<Approval> {
  const flow = await manager.findOneBy(ApprovalFlow, { documentType: subject.documentType });
  const base = { documentType: subject.documentType, documentId: subject.documentId, contractId: subject.contractId, submitterId: submitter.userId };
  if (!flow?.enabled || !flow.steps?.length) {
    return manager.save(manager.create(Approval, { ...base, flowName: null, status: ApprovalStatus.APPROVED, decidedAt: new Date() }));
  }
  const who = { userId: submitter.userId, departmentId: submitter.departmentId };
  const resolved = [];
  for (const [i, step] of flow.steps.entries()) {
    const r = await withFallback(manager, await resolveStep(manager, step, who), flow.fallbackUserId ?? null, submitter.userId);
    if (!r.skipped && !r.candidates.length) {
      throw conflict(`No one can approve step ${i + 1} (${step.name}) of the approval flow; ask an administrator to fix the flow`, { step: i + 1, stepName: step.name });
    }
    resolved.push({ step, ...r });
  }
  return runSteps(manager, submitter, subject, flow.name, resolved.map((r) => ({ ...r, name: r.step.name, approverType: r.step.approverType })));
}

export interface FixedStep extends ResolvedStep { name: string; approverType: ApproverType }

/**
 * Starts an approval whose steps the document decides itself (an ownership request: the requester's and the owner's
 * leaders) instead of a configured flow; at least one step must have an approver (else CONFLICT).
 */
export async function startFixedApproval(manager: EntityManager, submitter: Viewer, subject: ApprovalSubject, flowName: string, steps: FixedStep[]): Promise<Approval> {
  if (!steps.some((s) => !s.skipped && s.candidates.length)) throw conflict('No one can approve this request; ask an administrator to set department heads');
  return runSteps(manager, submitter, subject, flowName, steps.filter((s) => s.skipped || s.candidates.length));
}

async function runSteps(manager: EntityManager, submitter: Viewer, subject: ApprovalSubject, flowName: string, resolved: FixedStep[]): Promise<Approval> {
  const base = { documentType: subject.documentType, documentId: subject.documentId, contractId: subject.contractId, submitterId: submitter.userId };
  const approval = await manager.save(manager.create(Approval, { ...base, flowName, status: ApprovalStatus.PENDING, decidedAt: null }));
  for (const [i, r] of resolved.entries()) {
    const saved = await manager.save(manager.create(ApprovalStep, {
      approvalId: approval.id, documentType: subject.documentType, documentId: subject.documentId, contractId: subject.contractId,
      position: i + 1, name: r.name, approverType: r.approverType, approverLabel: r.label,
      status: r.skipped ? ApprovalStepStatus.SKIPPED : ApprovalStepStatus.WAITING, decidedById: null, comment: null, activatedAt: null, decidedAt: null,
    }));
    if (r.candidates.length) await manager.insert(ApprovalCandidate, r.candidates.map((userId) => ({ stepId: saved.id, userId })));
  }
  await advance(manager, approval, submitter.userId);
  return manager.findOneByOrFail(Approval, { id: approval.id });
}

export type Decision = 'APPROVE' | 'REJECT';

function cleanComment(decision: Decision, raw: string | null | undefined): string | null {
  const comment = raw?.trim() || null;
  if (comment && [...comment].length > 500) throw badInput('comment', 'must be at most 500 characters');
  if (decision === 'REJECT' && !comment) throw badInput('comment', 'is required when rejecting');
  return comment;
}

/**
 * Approves or rejects an ACTIVE step the viewer is an approver of. A step the viewer can neither decide nor
 * see is NOT_FOUND; one they can see but not decide FORBIDDEN; one no longer awaiting a decision CONFLICT.
 */
export async function decideApproval(db: DataSource, viewer: Viewer, stepId: number, decision: Decision, rawComment?: string | null): Promise<ApprovalStep> {
  const comment = cleanComment(decision, rawComment);
  return inTransaction(db, async (manager) => {
    const step = Number.isSafeInteger(stepId) && stepId > 0 ? await manager.findOneBy(ApprovalStep, { id: stepId }) : null;
    const candidate = !!step && await manager.existsBy(ApprovalCandidate, { stepId: step.id, userId: viewer.userId });
    // Contracts and receivables are decided by holders of contract:approve; an ownership request by the leaders it
    // went to, whatever their role. Without the permission every other step id answers alike (no probing).
    if (!hasPermission(viewer, APPROVE_PERMISSION) && !(candidate && step!.documentType === ApprovalDocumentType.OWNERSHIP)) {
      throw forbidden(`Missing permission ${APPROVE_PERMISSION}`);
    }
    if (!step) throw notFound('Approval step');
    if (!candidate) {
      const visible = await idsInScope(manager, viewer, CONTRACT_TABLE, [step.contractId], 'read', 'any');
      if (!visible.has(step.contractId)) throw notFound('Approval step');
      throw forbidden('You are not an approver of this step');
    }
    if (step.status !== ApprovalStepStatus.ACTIVE) {
      throw conflict(step.status === ApprovalStepStatus.APPROVED || step.status === ApprovalStepStatus.REJECTED
        ? 'This step has already been decided' : 'This step is not awaiting a decision', { status: step.status });
    }
    const now = new Date();
    const outcome = decision === 'APPROVE' ? ApprovalStepStatus.APPROVED : ApprovalStepStatus.REJECTED;
    const claimed = await manager.createQueryBuilder().update(ApprovalStep)
      .set({ status: outcome, decidedById: viewer.userId, comment, decidedAt: now })
      .where('id = :id AND status = :active', { id: step.id, active: ApprovalStepStatus.ACTIVE }).execute();
    if (claimed.affected !== 1) throw conflict('This step has just been decided by someone else');

    const approval = await manager.findOneByOrFail(Approval, { id: step.approvalId });
    const document = approvalDocument(approval.documentType);
    let finished = false;
    if (decision === 'APPROVE') {
      finished = await advance(manager, approval, viewer.userId);
      if (finished) await document.onApproved(manager, approval.documentId, actorOf(viewer));
    } else {
      await manager.update(Approval, { id: approval.id }, { status: ApprovalStatus.REJECTED, decidedAt: now });
      await manager.update(ApprovalStep, { approvalId: approval.id, status: ApprovalStepStatus.WAITING }, { status: ApprovalStepStatus.CANCELLED });
      await document.onRejected(manager, approval.documentId, actorOf(viewer));
    }
    await audit(manager, actorOf(viewer), {
      action: decision === 'APPROVE' ? 'approve' : 'reject', entityType: document.entityType, entityId: approval.documentId,
      changes: { approvalId: approval.id, step: step.position, stepName: step.name, comment, approvalStatus: finished ? ApprovalStatus.APPROVED : decision === 'REJECT' ? ApprovalStatus.REJECTED : ApprovalStatus.PENDING },
    });
    const title = await document.describe(manager, approval.documentId);
    const headline = decision === 'REJECT' ? `审批驳回：${title}` : finished ? `审批通过：${title}` : `${step.name}已通过：${title}`;
    await notify(manager, {
      recipients: [approval.submitterId], kind: 'approval.result', title: headline,
      body: `${viewer.name}${decision === 'APPROVE' ? '同意' : '驳回'}${comment ? `：${comment}` : ''}`,
      ...linkOf(approval), actorId: viewer.userId, dedupeKey: `approval-step:${step.id}:decided`,
    });
    return manager.findOneByOrFail(ApprovalStep, { id: step.id });
  });
}
