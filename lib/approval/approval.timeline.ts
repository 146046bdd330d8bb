// Timeline kind APPROVAL: the approval runs of the timeline's contracts and receivables — each submission and each
// decided step (who, which step, the comment), so a record's history shows its approvals beside its follow-ups.
import { EntityManager } from 'typeorm';
import { Approval, ApprovalStep, Receivable } from '@/entities';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { ApprovalStepStatus } from '@/entities/approval-step.entity';
import { registerTimelineChildren, registerTimelineProvider, targetsCondition } from '@/lib/timeline/timeline.registry';
import { TimelineEntry, TimelineTarget } from '@/lib/timeline/timeline.types';

export const APPROVAL_KIND = 'APPROVAL';

/** Record types whose approvals the timeline shows, and their document types. */
const DOCUMENTS: Record<string, ApprovalDocumentType> = { contract: ApprovalDocumentType.CONTRACT, receivable: ApprovalDocumentType.RECEIVABLE };
const TYPES = Object.fromEntries(Object.entries(DOCUMENTS).map(([type, doc]) => [doc, type]));

/** The targets as document targets (CONTRACT / RECEIVABLE with their ids). */
const documentTargets = (targets: TimelineTarget[]) => targets.filter((t) => DOCUMENTS[t.type]).map((t) => ({ type: DOCUMENTS[t.type], ids: t.ids }));

const submissions = (manager: EntityManager, targets: TimelineTarget[]) => manager.createQueryBuilder(Approval, 'ap')
  .where(targetsCondition(documentTargets(targets), 'ap.documentType', 'ap.documentId')).andWhere('ap.flowName IS NOT NULL');

const decisions = (manager: EntityManager, targets: TimelineTarget[]) => manager.createQueryBuilder(ApprovalStep, 'st')
  .where(targetsCondition(documentTargets(targets), 'st.documentType', 'st.documentId'))
  .andWhere('st.status IN (:...decided)', { decided: [ApprovalStepStatus.APPROVED, ApprovalStepStatus.REJECTED] });

// A submission and a step share the kind: submissions take negative ids so `KIND:id` stays unique.
registerTimelineProvider({
  kind: APPROVAL_KIND,
  async entries({ manager, targets, limit }) {
    if (!documentTargets(targets).length) return [];
    const [runs, steps] = await Promise.all([
      submissions(manager, targets).orderBy('ap.createdAt', 'DESC').addOrderBy('ap.id', 'DESC').limit(limit).getMany(),
      decisions(manager, targets).orderBy('st.decidedAt', 'DESC').addOrderBy('st.id', 'DESC').limit(limit).getMany(),
    ]);
    const entries: TimelineEntry[] = [
      ...runs.map((a) => ({
        kind: APPROVAL_KIND, id: -a.id, at: a.createdAt, actorId: a.submitterId, targetType: TYPES[a.documentType], targetId: a.documentId,
        title: a.flowName, summary: null, status: 'SUBMITTED',
      })),
      ...steps.map((s) => ({
        kind: APPROVAL_KIND, id: s.id, at: s.decidedAt!, actorId: s.decidedById, targetType: TYPES[s.documentType], targetId: s.documentId,
        title: s.name, summary: s.comment, status: s.status,
      })),
    ];
    return entries.sort((x, y) => y.at.getTime() - x.at.getTime() || y.id - x.id).slice(0, limit);
  },
  async count({ manager, targets }) {
    if (!documentTargets(targets).length) return 0;
    const [runs, steps] = await Promise.all([submissions(manager, targets).getCount(), decisions(manager, targets).getCount()]);
    return runs + steps;
  },
});

// A contract's timeline also shows its receivables (their submissions, decisions and comments); they are readable
// exactly when the contract is.
registerTimelineChildren('contract', async (manager, _viewer, id) => {
  const rows = await manager.createQueryBuilder(Receivable, 'rv').select('rv.id', 'id').where('rv.contractId = :id', { id }).getRawMany<{ id: number }>();
  return [{ type: 'receivable', ids: rows.map((r) => Number(r.id)) }];
});
