// The progress record (进展记录) every stage change writes, naming the old and the new stage, so an opportunity's
// history reads as its path through the pipeline. Written in the changing transaction; not a customer contact.
import { EntityManager, In } from 'typeorm';
import { OpportunityProgress, OpportunityStage } from '@/entities';

/** How a stage change's progress record begins: the work report draft counts opportunities moved by it. */
export const STAGE_CHANGE_PREFIX = '阶段变更：';

/** "阶段变更：需求确认 → 方案报价"; nothing when the stage stays. */
export async function recordStageChange(manager: EntityManager, input: { opportunityId: number; fromStageId: number; toStageId: number; authorId: number; note?: string | null }) {
  if (input.fromStageId === input.toStageId) return;
  const stages = await manager.findBy(OpportunityStage, { id: In([input.fromStageId, input.toStageId]) });
  const name = (id: number) => stages.find((s) => s.id === id)?.name ?? '—';
  const content = `${STAGE_CHANGE_PREFIX}${name(input.fromStageId)} → ${name(input.toStageId)}${input.note ? `（${input.note}）` : ''}`;
  await manager.insert(OpportunityProgress, {
    opportunityId: input.opportunityId, content: content.slice(0, 2000), nextPlan: null, countsAsContact: false, stageId: input.toStageId, authorId: input.authorId,
  });
}
