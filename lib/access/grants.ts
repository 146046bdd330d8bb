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
  // One statement: the steps the viewer may decide (a candidate of an active step) and those they decided.
  const active = manager.createQueryBuilder(ApprovalStep, 's').select('s.contractId', 'id')
    .innerJoin(ApprovalCandidate, 'ac', 'ac.stepId = s.id')
    .where('ac.userId = :me', { me: viewer.userId }).andWhere('s.status = :active', { active: ApprovalStepStatus.ACTIVE });
  const decided = manager.createQueryBuilder(ApprovalStep, 'd').select('d.contractId', 'id')
    .where('d.decidedById = :me2', { me2: viewer.userId }).andWhere('d.status IN (:...decided)', { decided: DECIDED });
  const [activeSql, activeParams] = active.getQueryAndParameters();
  const [decidedSql, decidedParams] = decided.getQueryAndParameters();
  const rows = await manager.query(`${activeSql} UNION ${decidedSql}`, [...activeParams, ...decidedParams]) as { id: number }[];
  return [...new Set(rows.map((r) => Number(r.id)))];
}
