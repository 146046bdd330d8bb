// Progress records (进展记录) of an opportunity: visible exactly when the opportunity is, written by those who may
// change it. Each one restarts the follow-up clock; one that counts as a contact updates the customer's last contact.
import { Brackets, DataSource, EntityManager } from 'typeorm';
import { Customer, Opportunity, OpportunityProgress } from '@/entities';
import { Viewer, requireAccess } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors } from '@/lib/errors';
import { blankToNull } from '@/lib/text';
import { followUpDueAt } from './opportunity.rules';
import { cadences } from '@/lib/cadence/cadence.settings';
import { actorOf } from './opportunity.service';
import { OPPORTUNITY_TABLE } from './opportunity.tables';

export interface ProgressInput { opportunityId: number; content: string; nextPlan?: string | null; countsAsContact?: boolean | null }

export async function addOpportunityProgress(db: DataSource, viewer: Viewer, input: ProgressInput): Promise<OpportunityProgress> {
  const id = Number(input.opportunityId);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, OPPORTUNITY_TABLE, [id], 'write');
    const errors = new FieldErrors();
    const content = blankToNull(input.content);
    const nextPlan = blankToNull(input.nextPlan) ?? null;
    errors.check(!!content, 'content', 'is required');
    if (content && [...content].length > 2000) errors.add('content', 'must be at most 2000 characters');
    if (nextPlan && [...nextPlan].length > 1000) errors.add('nextPlan', 'must be at most 1000 characters');
    errors.throwIfAny();
    const opportunity = await manager.findOneByOrFail(Opportunity, { id });
    const now = new Date();
    const progress = await manager.save(manager.create(OpportunityProgress, {
      opportunityId: id, content: content!, nextPlan, countsAsContact: !!input.countsAsContact, stageId: opportunity.stageId, authorId: viewer.userId, createdAt: now,
    }));
    await manager.update(Opportunity, { id }, { lastProgressAt: now, followUpDueAt: followUpDueAt(opportunity.category, now, await cadences(manager)) });
    if (progress.countsAsContact) {
      await manager.createQueryBuilder().update(Customer).set({ lastFollowUpAt: now })
        .where('id = :customerId', { customerId: opportunity.customerId })
        .andWhere(new Brackets((w) => { w.where('last_follow_up_at IS NULL').orWhere('last_follow_up_at < :now', { now }); }))
        .execute();
    }
    await audit(manager, actorOf(viewer), { action: 'progress', entityType: 'opportunity', entityId: id, changes: { progressId: progress.id, countsAsContact: progress.countsAsContact } });
    return progress;
  });
}

/** Progress of opportunities already known to be visible, newest first, grouped by opportunity (one query). */
export async function progressOfOpportunities(manager: EntityManager, opportunityIds: readonly number[]) {
  const map = new Map<number, OpportunityProgress[]>(opportunityIds.map((id) => [id, []]));
  if (!opportunityIds.length) return map;
  const rows = await manager.createQueryBuilder(OpportunityProgress, 'p').where('p.opportunityId IN (:...ids)', { ids: [...opportunityIds] })
    .orderBy('p.createdAt', 'DESC').addOrderBy('p.id', 'DESC').getMany();
  for (const row of rows) map.get(row.opportunityId)?.push(row);
  return map;
}
