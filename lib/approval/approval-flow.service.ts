// Approval flow settings (system:settings): one flow per document type, its ordered steps, enabled or not.
// A change applies to documents submitted afterwards; running approvals keep the steps they started with.
import { DataSource, EntityManager, In } from 'typeorm';
import { ApprovalFlow, Role, User } from '@/entities';
import { ApprovalDocumentType, ApproverType, StoredApprovalStep } from '@/entities/approval-flow.entity';
import { UserStatus } from '@/entities/user.entity';
import { Viewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors } from '@/lib/errors';
import { eligibleApprovers, roleMayApprove } from './approvers';

export const MAX_STEPS = 10;

const DEFAULT_NAMES: Partial<Record<ApprovalDocumentType, string>> = {
  [ApprovalDocumentType.CONTRACT]: '合同审批',
  [ApprovalDocumentType.RECEIVABLE]: '回款审批',
};
/** Document types with a flow set in settings; an ownership request always goes to the two leaders (lib/ownership). */
export const CONFIGURABLE_TYPES = [ApprovalDocumentType.CONTRACT, ApprovalDocumentType.RECEIVABLE];

/** A flow as the settings page shows it; `id` is null until the flow is first saved. */
export interface ApprovalFlowView {
  id: number | null;
  documentType: ApprovalDocumentType;
  name: string;
  enabled: boolean;
  steps: StoredApprovalStep[];
  version: number;
  updatedAt: Date | null;
  updatedById: number | null;
  fallbackUserId: number | null;
}

export interface ApprovalFlowInput {
  documentType: ApprovalDocumentType;
  name: string;
  enabled: boolean;
  steps: { name: string; approverType: ApproverType; roleId?: number | string | null; userId?: number | string | null }[];
  /** Who decides a step nobody else can; null: such a submission is refused. */
  fallbackUserId?: number | string | null;
}

const view = (type: ApprovalDocumentType, flow: ApprovalFlow | undefined): ApprovalFlowView => (flow
  ? { id: flow.id, documentType: type, name: flow.name, enabled: flow.enabled, steps: flow.steps ?? [], version: flow.version, updatedAt: flow.updatedAt, updatedById: flow.updatedById, fallbackUserId: flow.fallbackUserId ?? null }
  : { id: null, documentType: type, name: DEFAULT_NAMES[type] ?? type, enabled: false, steps: [], version: 0, updatedAt: null, updatedById: null, fallbackUserId: null });

export async function listApprovalFlows(manager: EntityManager): Promise<ApprovalFlowView[]> {
  const flows = await manager.find(ApprovalFlow);
  return CONFIGURABLE_TYPES.map((type) => view(type, flows.find((f) => f.documentType === type)));
}

async function cleanSteps(manager: EntityManager, input: ApprovalFlowInput['steps'], errors: FieldErrors): Promise<StoredApprovalStep[]> {
  if (input.length > MAX_STEPS) errors.add('steps', `at most ${MAX_STEPS} steps`);
  const roleIds = input.map((s) => Number(s.roleId)).filter((id) => Number.isSafeInteger(id) && id > 0);
  const userIds = input.map((s) => Number(s.userId)).filter((id) => Number.isSafeInteger(id) && id > 0);
  const roles = new Map((roleIds.length ? await manager.findBy(Role, { id: In(roleIds) }) : []).map((r) => [r.id, r]));
  const users = new Map((userIds.length ? await manager.findBy(User, { id: In(userIds) }) : []).map((u) => [u.id, u]));
  const approving = await eligibleApprovers(manager, userIds);
  return input.slice(0, MAX_STEPS).map((step, i) => {
    const name = step.name?.trim() ?? '';
    errors.check(name.length > 0, `steps.${i}.name`, 'is required');
    errors.check([...name].length <= 50, `steps.${i}.name`, 'must be at most 50 characters');
    const out: StoredApprovalStep = { name, approverType: step.approverType, roleId: null, userId: null };
    if (step.approverType === ApproverType.ROLE) {
      const role = roles.get(Number(step.roleId));
      if (!role) errors.add(`steps.${i}.roleId`, 'is required');
      else if (!roleMayApprove(role)) errors.add(`steps.${i}.roleId`, 'must be a role with the contract:approve permission');
      else out.roleId = role.id;
    } else if (step.approverType === ApproverType.USER) {
      const user = users.get(Number(step.userId));
      if (!user || user.status === UserStatus.DISABLED) errors.add(`steps.${i}.userId`, 'must be an active user');
      else if (!approving.has(user.id)) errors.add(`steps.${i}.userId`, 'must hold the contract:approve permission');
      else out.userId = user.id;
    } else if (step.approverType !== ApproverType.DEPARTMENT_HEAD) {
      errors.add(`steps.${i}.approverType`, 'is invalid');
    }
    return out;
  });
}

/** The fallback approver: none, or an active user who may approve. */
async function cleanFallback(manager: EntityManager, raw: ApprovalFlowInput['fallbackUserId'], errors: FieldErrors): Promise<number | null> {
  if (raw === null || raw === undefined || raw === '') return null;
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) { errors.add('fallbackUserId', 'is invalid'); return null; }
  if (!(await eligibleApprovers(manager, [id])).has(id)) { errors.add('fallbackUserId', 'must be an active user with the contract:approve permission'); return null; }
  return id;
}

export async function saveApprovalFlow(db: DataSource, viewer: Viewer, input: ApprovalFlowInput): Promise<ApprovalFlowView> {
  return inTransaction(db, async (manager) => {
    const errors = new FieldErrors();
    errors.check(CONFIGURABLE_TYPES.includes(input.documentType), 'documentType', 'is invalid');
    const name = input.name?.trim() ?? '';
    errors.check(name.length > 0, 'name', 'is required');
    errors.check([...name].length <= 50, 'name', 'must be at most 50 characters');
    const steps = await cleanSteps(manager, input.steps ?? [], errors);
    const fallbackUserId = await cleanFallback(manager, input.fallbackUserId, errors);
    errors.throwIfAny();
    const existing = await manager.findOneBy(ApprovalFlow, { documentType: input.documentType });
    const next = { name, enabled: !!input.enabled, steps, fallbackUserId, updatedById: viewer.userId };
    let saved: ApprovalFlow;
    if (existing) {
      await manager.update(ApprovalFlow, { id: existing.id }, { ...next, version: existing.version + 1 });
      saved = await manager.findOneByOrFail(ApprovalFlow, { id: existing.id });
    } else {
      saved = await manager.save(manager.create(ApprovalFlow, { documentType: input.documentType, ...next, version: 1 }));
    }
    await audit(manager, { userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId }, {
      action: existing ? 'update' : 'create', entityType: 'approval_flow', entityId: saved.id,
      changes: {
        documentType: input.documentType,
        before: existing ? { name: existing.name, enabled: existing.enabled, steps: existing.steps, fallbackUserId: existing.fallbackUserId ?? null } : null,
        after: { name, enabled: next.enabled, steps, fallbackUserId },
      },
    });
    return view(input.documentType, saved);
  });
}
