// What a new work report starts from: the sections of its kind (日报: 今日总结 / 明日计划 / 需协调; weekly, monthly,
// half-year and annual likewise) and the author's own numbers for the period — follow-ups written, new customers,
// opportunities moved, approved contracts signed and approved receivables received. The numbers are the dashboard's
// (lib/insight: the same readable queries, the same time columns) narrowed to the author, so a report never counts
// a record its author may not read, and the 仪表盘 for the same days shows the same figures.
import { EntityManager } from 'typeorm';
import { OpportunityProgress } from '@/entities';
import { ReportKind } from '@/entities/report.entity';
import { Viewer, resolveScope, scopeIsEmpty } from '@/lib/access';
import { salesBrief } from '@/lib/insight/brief';
import { DateSpan } from '@/lib/insight/period';
import { resolveSelection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';
import { readableOpportunities } from '@/lib/opportunity/opportunity.query';
import { STAGE_CHANGE_PREFIX } from '@/lib/opportunity/stage-progress';
import { ReportPeriod } from './report-period';

export enum ReportSection { SUMMARY = 'SUMMARY', PLAN = 'PLAN', COORDINATION = 'COORDINATION' }

export interface ReportTemplateSection { section: ReportSection; title: string }

const TITLES: Record<ReportKind, [string, string, string]> = {
  [ReportKind.DAILY]: ['今日总结', '明日计划', '需协调'],
  [ReportKind.WEEKLY]: ['本周总结', '下周计划', '需协调'],
  [ReportKind.MONTHLY]: ['本月总结', '下月计划', '需协调'],
  [ReportKind.HALF_YEAR]: ['半年总结', '下半年计划', '需协调'],
  [ReportKind.ANNUAL]: ['全年总结', '明年计划', '需协调'],
};

/** The sections of a report of this kind, in order, with their Chinese headings. */
export function reportSections(kind: ReportKind): ReportTemplateSection[] {
  const [summary, plan, coordination] = TITLES[kind];
  return [
    { section: ReportSection.SUMMARY, title: summary },
    { section: ReportSection.PLAN, title: plan },
    { section: ReportSection.COORDINATION, title: coordination },
  ];
}

export interface ReportFigures {
  /** The period counted, YYYY-MM-DD, both days included. */
  from: string;
  to: string;
  followUps: number;
  substantiveFollowUps: number;
  newCustomers: number;
  /** The author's opportunities whose stage changed in the period, and how many changes that was. */
  opportunitiesMoved: number;
  stageChanges: number;
  newContracts: number;
  contractAmount: string;
  receivables: number;
  receivableAmount: string;
}

/**
 * The author's numbers for the period, or null when they have no customer data at all (the system administrator,
 * finance without a sales scope): their report has nothing to count.
 */
export async function reportFigures(manager: EntityManager, viewer: Viewer, period: Pick<ReportPeriod, 'start' | 'end'>): Promise<ReportFigures | null> {
  if (scopeIsEmpty(await resolveScope(manager, viewer, 'customer', 'read'))) return null;
  const sel = await resolveSelection(manager, viewer, { preset: 'CUSTOM', from: period.start, to: period.end, userId: viewer.userId });
  const [{ current }, moved] = await Promise.all([salesBrief(manager, sel), opportunitiesMoved(manager, viewer, sel.period)]);
  return {
    from: period.start, to: period.end,
    followUps: current.followUps, substantiveFollowUps: current.substantiveFollowUps, newCustomers: current.newCustomers,
    opportunitiesMoved: moved.opportunities, stageChanges: moved.changes,
    newContracts: current.newContracts, contractAmount: current.contractAmount,
    receivables: current.receivables, receivableAmount: current.receivableAmount,
  };
}

/** Readable opportunities the viewer owns with a stage change (进展记录 "阶段变更：…") written in the span. */
async function opportunitiesMoved(manager: EntityManager, viewer: Viewer, span: DateSpan) {
  const qb = (await readableOpportunities(manager, viewer))
    .innerJoin(OpportunityProgress, 'sp', 'sp.opportunityId = o.id AND sp.content LIKE :stageChange', { stageChange: `${STAGE_CHANGE_PREFIX}%` })
    .andWhere('o.ownerId = :movedOwner', { movedOwner: viewer.userId });
  within(qb, 'sp.createdAt', span, 'instant');
  const row = await qb.select('COUNT(DISTINCT o.id)', 'opportunities').addSelect('COUNT(*)', 'changes').orderBy()
    .getRawOne<{ opportunities: unknown; changes: unknown }>();
  return { opportunities: Number(row?.opportunities ?? 0), changes: Number(row?.changes ?? 0) };
}
