// Record-level read grants beside the four scopes (SPEC 3.6): whoever must decide an approval step may read
// the document it is about. An approver of an ACTIVE step (any of its candidates) or the decider of a
// decided step may read that contract — and so, through it, its receivables and payment plans.
// Grants are read-only and resolved once per request into a list of ids, like the owner ids of a scope.
import { EntityManager } from 'typeorm';
import { ApprovalCandidate, ApprovalStep } from '@/entities';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { DataModule } from './scopes';
import { Viewer } from './viewer';

const DECIDED = [ApprovalStepStatus.APPROVED, ApprovalStepStatus.REJECTED];

/** Ids of records of the module the viewer may read because of an approval step; empty for other modules. */
export async function approvalGrants(manager: EntityManager, viewer: Viewer, module: DataModule): Promise<number[]> {
  if (module !== 'contract') return [];
  const [active, decided] = await Promise.all([
    manager.createQueryBuilder(ApprovalStep, 's').select('DISTINCT s.contractId', 'id')
      .innerJoin(ApprovalCandidate, 'ac', 'ac.stepId = s.id')
      .where('ac.userId = :me', { me: viewer.userId }).andWhere('s.status = :active', { active: ApprovalStepStatus.ACTIVE })
      .getRawMany<{ id: number }>(),
    manager.createQueryBuilder(ApprovalStep, 's').select('DISTINCT s.contractId', 'id')
      .where('s.decidedById = :me', { me: viewer.userId }).andWhere('s.status IN (:...decided)', { decided: DECIDED })
      .getRawMany<{ id: number }>(),
  ]);
  return [...new Set([...active, ...decided].map((r) => Number(r.id)))];
}
