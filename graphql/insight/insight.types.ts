// Object types of the dashboard (仪表盘): every figure is a typed field; money is an exact decimal string.
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OpportunityStage } from '@/entities';
import { KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import type { PeriodPreset } from '@/lib/insight/period';
import { PersonWithDepartment } from '../common/user-summary';

export enum InsightPeriodPreset {
  TODAY = 'TODAY', THIS_WEEK = 'THIS_WEEK', THIS_MONTH = 'THIS_MONTH', THIS_QUARTER = 'THIS_QUARTER', THIS_YEAR = 'THIS_YEAR', LAST_MONTH = 'LAST_MONTH', CUSTOM = 'CUSTOM',
}
registerEnumType(InsightPeriodPreset, { name: 'InsightPeriodPreset', description: '今天, 本周 (Monday–Sunday), 本月, 本季度, 本年, 上月, 自定义 (from–to)' });
registerEnumType(KpiMetric, { name: 'KpiMetric', description: 'CONTRACT_AMOUNT 合同金额, RECEIVABLE_AMOUNT 回款金额, NEW_CUSTOMERS 新增客户, FOLLOW_UPS 跟进次数' });
registerEnumType(KpiSubject, { name: 'KpiSubject', description: 'A target of one USER or of one DEPARTMENT' });

@ObjectType('InsightPeriod', { description: 'The period resolved in the company time zone (dates are YYYY-MM-DD, both ends included)' })
export class InsightPeriod {
  @Field(() => InsightPeriodPreset) preset: PeriodPreset;
  @Field(() => String) from: string;
  @Field(() => String) to: string;
  @Field(() => Date, { description: 'First instant of the period (for time filters on lists)' }) start: Date;
  @Field(() => Date, { description: 'Last instant of the period (lists compare with <=)' }) end: Date;
  @Field(() => String, { description: 'The previous period of the same length, for comparison' }) previousFrom: string;
  @Field(() => String) previousTo: string;
  @Field(() => [String], { description: 'YYYY-MM of every month the period touches: KPIs cover these whole months' }) months: string[];
}

@ObjectType('InsightPerson', { description: 'A person whose figures you may see' })
export class InsightPerson extends PersonWithDepartment {}

@ObjectType('InsightDepartment', { description: 'A department holding people whose figures you may see; parentId is its nearest such ancestor' })
export class InsightDepartment {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
  @Field(() => ID, { nullable: true }) parentId: number | null;
}

@ObjectType('InsightScope', { description: 'Whom the dashboard can be switched to (切换)' })
export class InsightScope {
  @Field(() => Boolean, { description: 'Your scope covers everyone' }) everyone: boolean;
  @Field(() => [InsightPerson]) people: InsightPerson[];
  @Field(() => [InsightDepartment]) departments: InsightDepartment[];
  @Field(() => Boolean, { description: 'You set targets for some departments or people (业绩目标 editor)' }) canSetTargets: boolean;
}

@ObjectType('BriefFigures')
export class BriefFigures {
  @Field(() => Int, { description: 'Customers created in the period, owned by the people' }) newCustomers: number;
  @Field(() => Int, { description: 'Contacts created in the period' }) newContacts: number;
  @Field(() => Int, { description: 'Opportunities created in the period' }) newOpportunities: number;
  @Field(() => String) newOpportunityAmount: string;
  @Field(() => Int, { description: 'Approved contracts signed in the period' }) newContracts: number;
  @Field(() => String) contractAmount: string;
  @Field(() => Int, { description: 'Approved receivables received in the period' }) receivables: number;
  @Field(() => String) receivableAmount: string;
  @Field(() => Int, { description: 'Follow-ups with their contact time in the period' }) followUps: number;
  @Field(() => Int, { description: 'Of those, substantive contacts (实质性沟通)' }) substantiveFollowUps: number;
}

@ObjectType('SalesBrief', { description: '销售简报: the period and the previous one' })
export class SalesBrief {
  @Field(() => BriefFigures) current: BriefFigures;
  @Field(() => BriefFigures) previous: BriefFigures;
}

@ObjectType('KpiFigure')
export class KpiFigure {
  @Field(() => KpiMetric) metric: KpiMetric;
  @Field(() => String, { nullable: true, description: 'Sum of the monthly targets; null when none is set' }) target: string | null;
  @Field(() => String, { description: 'Amounts with two decimals, counts as whole numbers' }) actual: string;
  @Field(() => Float, { nullable: true, description: 'actual ÷ target (1 = 100%); null without a target' }) completion: number | null;
}

@ObjectType('KpiPersonRow')
export class KpiPersonRow {
  @Field(() => InsightPerson) person: InsightPerson;
  @Field(() => [KpiFigure]) figures: KpiFigure[];
}

@ObjectType('SalesKpi', { description: '业绩目标: target / actual / completion over the whole months of the period' })
export class SalesKpi {
  @Field(() => [String]) months: string[];
  @Field(() => [KpiFigure]) figures: KpiFigure[];
  @Field(() => [KpiPersonRow], { description: 'Each of the selected people, best contract-amount completion first' }) people: KpiPersonRow[];
}

@ObjectType('FunnelStage')
export class FunnelStage {
  @Field(() => OpportunityStage) stage: OpportunityStage;
  @Field(() => Int) count: number;
  @Field(() => String) amount: string;
  @Field(() => String, { description: 'Amount × the stage win rate' }) weightedAmount: string;
}

@ObjectType('FunnelCategory')
export class FunnelCategory {
  @Field(() => OpportunityCategory) category: OpportunityCategory;
  @Field(() => Int) count: number;
  @Field(() => String) amount: string;
  @Field(() => String) weightedAmount: string;
}

@ObjectType('FunnelTotals')
export class FunnelTotals {
  @Field(() => Int) count: number;
  @Field(() => String) amount: string;
  @Field(() => String, { nullable: true }) weightedAmount?: string;
}

@ObjectType('StageConversion', { description: 'Of the opportunities created in the period, how many reached this stage, and the share of them that reached the next' })
export class StageConversion {
  @Field(() => OpportunityStage) stage: OpportunityStage;
  @Field(() => Int) reached: number;
  @Field(() => Float, { nullable: true }) conversion: number | null;
}

@ObjectType('SalesFunnel', { description: '销售漏斗: open opportunities now; won and lost in the period apart; conversion of the period' })
export class SalesFunnel {
  @Field(() => [FunnelStage]) stages: FunnelStage[];
  @Field(() => [FunnelCategory], { description: '短线, 中线, 线索' }) categories: FunnelCategory[];
  @Field(() => FunnelTotals) open: FunnelTotals;
  @Field(() => FunnelTotals, { description: '已成交 in the period' }) won: FunnelTotals;
  @Field(() => FunnelTotals, { description: '放弃 in the period' }) lost: FunnelTotals;
  @Field(() => [StageConversion]) conversion: StageConversion[];
}

@ObjectType('TrendMonth')
export class TrendMonth {
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => String) contractAmount: string;
  @Field(() => String) receivableAmount: string;
  @Field(() => Int) newCustomers: number;
  @Field(() => String) lastYearContractAmount: string;
  @Field(() => String) lastYearReceivableAmount: string;
  @Field(() => Int) lastYearNewCustomers: number;
}

@ObjectType('PersonRank')
export class PersonRank {
  @Field(() => Int) rank: number;
  @Field(() => InsightPerson) person: InsightPerson;
  @Field(() => String) value: string;
}

@ObjectType('RankedDepartment')
export class RankedDepartment {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
}

@ObjectType('DepartmentRank')
export class DepartmentRank {
  @Field(() => Int) rank: number;
  @Field(() => RankedDepartment) department: RankedDepartment;
  @Field(() => String) value: string;
}

@ObjectType('SalesRanking', { description: '排行榜 over the period' })
export class SalesRanking {
  @Field(() => KpiMetric) metric: KpiMetric;
  @Field(() => [PersonRank]) people: PersonRank[];
  @Field(() => [DepartmentRank], { description: 'The departments one level below the selection' }) departments: DepartmentRank[];
}

@ObjectType('InsightSelection', { description: 'Whose records the figures count; lists filtered by ownerIds show exactly them' })
export class InsightSelection {
  @Field(() => Boolean, { description: 'Everyone you may see (no department or person chosen)' }) everyone: boolean;
  @Field(() => InsightDepartment, { nullable: true }) department: InsightDepartment | null;
  @Field(() => InsightPerson, { nullable: true }) person: InsightPerson | null;
}

@ObjectType('Dashboard', { description: '仪表盘 for a period and a selection within your read scope' })
export class DashboardType {
  @Field(() => InsightPeriod) period: InsightPeriod;
}

@ObjectType('TargetSubjects', { description: 'The departments and people whose targets you set' })
export class TargetSubjects {
  @Field(() => [InsightDepartment]) departments: InsightDepartment[];
  @Field(() => [InsightPerson]) people: InsightPerson[];
}

@ObjectType('KpiTargetCell')
export class KpiTargetCell {
  @Field(() => String, { description: 'YYYY-MM' }) month: string;
  @Field(() => KpiMetric) metric: KpiMetric;
  @Field(() => String, { nullable: true, description: 'Own target; null when not set' }) value: string | null;
}

@ObjectType('KpiTargetSheet', { description: "A subject's monthly targets of one year: its own values and the effective ones (a department without its own sums its members')" })
export class KpiTargetSheet {
  @Field(() => KpiSubject) subjectType: KpiSubject;
  @Field(() => ID) subjectId: number;
  @Field(() => String) subjectName: string;
  @Field(() => Int) year: number;
  @Field(() => Boolean, { description: 'You may change these targets' }) editable: boolean;
  @Field(() => [KpiTargetCell]) own: KpiTargetCell[];
  @Field(() => [KpiTargetCell], { description: 'Effective target of every month and metric (null: none anywhere below)' }) effective: KpiTargetCell[];
}
