'use client';
// Opportunity UI helpers: category tags and labels, the stages a category allows (the server's rules, mirrored
// to narrow the choices), follow-up due text, and money shown exactly from decimal strings.
import { Tag } from 'antd';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import type { OpportunityCategory, Stage } from '@/app/_lib/api/opportunities';
export { formatMoney, lineAmount, sumMoney } from '../../contracts/_components/contract-labels';

export const CATEGORY_COLORS: Record<OpportunityCategory, string> = { SHORT_TERM: 'volcano', MID_TERM: 'gold', LONG_TERM: 'blue', WON: 'green', LOST: 'default' };

export const categoryLabel = (t: Translate, category: OpportunityCategory) => t(`opportunity.category.${category}` as MessageKey);

export function CategoryTag({ t, category }: { t: Translate; category: OpportunityCategory }) {
  return <Tag color={CATEGORY_COLORS[category]} style={{ marginInlineEnd: 0 }} data-testid="opportunity-category">{categoryLabel(t, category)}</Tag>;
}

/** Number of the last enabled stage (the stage of WON). */
export const finalStageSort = (stages: Stage[]) => Math.max(...stages.filter((s) => s.enabled).map((s) => s.sort), 0);

/** The enabled stages a category allows (SPEC 3.5): the same rules the server checks. */
export function stagesFor(category: OpportunityCategory | undefined, stages: Stage[]): Stage[] {
  const final = finalStageSort(stages);
  return stages.filter((s) => s.enabled).filter((s) => {
    switch (category) {
      case 'SHORT_TERM': return s.sort >= 3 && s.sort < final;
      case 'MID_TERM': return s.sort >= 2 && s.sort < final;
      case 'LONG_TERM': return s.sort === 1;
      case 'WON': return s.sort === final;
      case 'LOST': return s.sort === 0;
      default: return true;
    }
  });
}

export const stageLabel = (stage: Pick<Stage, 'sort' | 'name'>) => `${stage.sort} ${stage.name}`;

/** Whole days since the follow-up fell due (null when not due). */
export function overdueDays(followUpDueAt: string | null, now = Date.now()): number | null {
  if (!followUpDueAt) return null;
  const due = Date.parse(followUpDueAt);
  return due <= now ? Math.floor((now - due) / 86_400_000) : null;
}
