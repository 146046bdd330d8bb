// Who may decide an approval step, resolved when a document is submitted. Only active users holding
// `contract:approve` (contracts and receivables alike) ever decide, and never the submitter themselves.
import { EntityManager, In } from 'typeorm';
import { Department, Role, User, UserRole } from '@/entities';
import { ApproverType, StoredApprovalStep } from '@/entities/approval-flow.entity';
import { UserStatus } from '@/entities/user.entity';
import { SUPER_ADMIN } from '@/lib/access';
import { ESCAPE, likePattern } from '@/lib/text';

export const APPROVE_PERMISSION = 'contract:approve';

export const roleMayApprove = (role: Pick<Role, 'code' | 'permissions'>) =>
  role.code === SUPER_ADMIN || (role.permissions ?? []).includes(APPROVE_PERMISSION);

/** Of these users, the active ones with a role that grants the approval permission. */
export async function eligibleApprovers(manager: EntityManager, userIds: readonly number[]): Promise<Set<number>> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return new Set();
  const users = await manager.findBy(User, { id: In(ids), status: UserStatus.ACTIVE });
  const links = users.length ? await manager.findBy(UserRole, { userId: In(users.map((u) => u.id)) }) : [];
  const roles = links.length ? await manager.findBy(Role, { id: In([...new Set(links.map((l) => l.roleId))]) }) : [];
  const approving = new Set(roles.filter(roleMayApprove).map((r) => r.id));
  return new Set(links.filter((l) => approving.has(l.roleId)).map((l) => l.userId));
}

export interface ResolvedStep {
  /** Who approves, for the history: a user's name or a role's name. */
  label: string;
  candidates: number[];
  /** A department-head step with no head above the submitter: recorded as SKIPPED. */
  skipped: boolean;
}

/** The nearest department head above the submitter who may approve (their own department first). */
async function departmentHead(manager: EntityManager, submitter: { userId: number; departmentId: number }): Promise<User | null> {
  const own = await manager.findOneBy(Department, { id: submitter.departmentId });
  if (!own) return null;
  const chain = own.path.split('/').filter(Boolean).map(Number).reverse();
  const departments = await manager.findBy(Department, { id: In(chain) });
  const byId = new Map(departments.map((d) => [d.id, d]));
  for (const id of chain) {
    const headId = byId.get(id)?.headId;
    if (!headId || headId === submitter.userId) continue;
    if ((await eligibleApprovers(manager, [headId])).has(headId)) return manager.findOneBy(User, { id: headId });
  }
  return null;
}

export async function resolveStep(manager: EntityManager, step: StoredApprovalStep, submitter: { userId: number; departmentId: number }): Promise<ResolvedStep> {
  if (step.approverType === ApproverType.DEPARTMENT_HEAD) {
    const head = await departmentHead(manager, submitter);
    return head ? { label: head.name, candidates: [head.id], skipped: false } : { label: '—', candidates: [], skipped: true };
  }
  if (step.approverType === ApproverType.ROLE) {
    const role = step.roleId ? await manager.findOneBy(Role, { id: step.roleId }) : null;
    const holders = role ? (await manager.findBy(UserRole, { roleId: role.id })).map((l) => l.userId).filter((id) => id !== submitter.userId) : [];
    return { label: role?.name ?? '—', candidates: [...await eligibleApprovers(manager, holders)].sort((a, b) => a - b), skipped: false };
  }
  const user = step.userId ? await manager.findOneBy(User, { id: step.userId }) : null;
  const ok = user && user.id !== submitter.userId && (await eligibleApprovers(manager, [user.id])).has(user.id);
  return { label: user?.name ?? '—', candidates: ok ? [user.id] : [], skipped: false };
}

/** Roles a ROLE step may name (those granting the approval permission), for the settings page. */
export async function approvingRoles(manager: EntityManager): Promise<Role[]> {
  return (await manager.find(Role, { order: { id: 'ASC' } })).filter(roleMayApprove);
}

/** Active users a USER step may name, optionally matching a name, at most 50. */
export async function approvingUsers(manager: EntityManager, keyword?: string | null): Promise<User[]> {
  const roleIds = (await approvingRoles(manager)).map((r) => r.id);
  if (!roleIds.length) return [];
  const qb = manager.createQueryBuilder(User, 'u').innerJoin(UserRole, 'ur', 'ur.userId = u.id AND ur.roleId IN (:...roleIds)', { roleIds })
    .where('u.status = :active', { active: UserStatus.ACTIVE }).distinct(true);
  const kw = keyword?.trim();
  if (kw) qb.andWhere(`(u.name LIKE :kw${ESCAPE} OR u.username LIKE :kw${ESCAPE})`, { kw: likePattern(kw) });
  return qb.orderBy('u.nameSort', 'ASC').addOrderBy('u.id', 'ASC').limit(50).getMany();
}

/**
 * A step nobody can decide (a role whose only approver submitted, a named user approving their own document) goes to
 * the flow's fallback approver when they may approve and are not the submitter; otherwise it stays without one.
 */
export async function withFallback(manager: EntityManager, resolved: ResolvedStep, fallbackUserId: number | null, submitterId: number): Promise<ResolvedStep> {
  if (resolved.skipped || resolved.candidates.length || !fallbackUserId || fallbackUserId === submitterId) return resolved;
  if (!(await eligibleApprovers(manager, [fallbackUserId])).has(fallbackUserId)) return resolved;
  const user = await manager.findOneByOrFail(User, { id: fallbackUserId });
  return { label: `${user.name}（代审）`, candidates: [user.id], skipped: false };
}

export type FlowWarningReason = 'NO_APPROVER' | 'SINGLE_APPROVER';
export interface FlowWarning { position: number; stepName: string; reason: FlowWarningReason; covered: boolean }

/**
 * Steps that can end up with nobody to decide them: a role without an eligible holder (NO_APPROVER), or a role with
 * one eligible holder, or a named user (SINGLE_APPROVER: when that person submits). `covered`: a usable fallback
 * approver takes such steps over (it fails only when the fallback approver submits).
 */
export async function flowWarnings(manager: EntityManager, steps: StoredApprovalStep[], fallbackUserId: number | null): Promise<FlowWarning[]> {
  const covered = !!fallbackUserId && (await eligibleApprovers(manager, [fallbackUserId])).has(fallbackUserId);
  const out: FlowWarning[] = [];
  for (const [i, step] of steps.entries()) {
    let eligible: number;
    if (step.approverType === ApproverType.ROLE) {
      const holders = step.roleId ? (await manager.findBy(UserRole, { roleId: step.roleId })).map((l) => l.userId) : [];
      eligible = (await eligibleApprovers(manager, holders)).size;
    } else if (step.approverType === ApproverType.USER) {
      eligible = step.userId && (await eligibleApprovers(manager, [step.userId])).has(step.userId) ? 1 : 0;
    } else {
      continue;
    }
    if (eligible <= 1) out.push({ position: i + 1, stepName: step.name, reason: eligible ? 'SINGLE_APPROVER' : 'NO_APPROVER', covered });
  }
  return out;
}
