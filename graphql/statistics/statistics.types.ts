// Object types of the 统计报表: typed rows and breakdowns, money as exact decimal strings.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OpportunityStage } from '@/entities';
import { InsightPerson } from '../insight/insight.types';

export enum CustomerBasisKind { CREATED_IN_PERIOD = 'CREATED_IN_PERIOD', ALL_OWNED = 'ALL_OWNED' }
registerEnumType(CustomerBasisKind, { name: 'CustomerBasis', description: 'CREATED_IN_PERIOD: customers created in the period; ALL_OWNED: every customer the people own now' });
export enum StatisticsReportKind {
  CUSTOMERS = 'CUSTOMERS', FOLLOW_UPS = 'FOLLOW_UPS', OPPORTUNITIES = 'OPPORTUNITIES', CONTRACTS = 'CONTRACTS', PRODUCTS = 'PRODUCTS', COMPLIANCE_MONTHLY = 'COMPLIANCE_MONTHLY',
}
registerEnumType(StatisticsReportKind, { name: 'StatisticsReport' });

@ObjectType('BreakdownRow', { description: 'One group: its key (null: not filled in), count, and amount where the report has one' })
export class BreakdownRowType {
  @Field(() => String, { nullable: true }) key: string | null;
  @Field(() => Int) count: number;
  @Field(() => String, { nullable: true }) amount: string | null;
  @Field(() => Int, { nullable: true, description: 'Substantive follow-ups, where the report counts them' }) extra?: number;
}

@ObjectType('MonthCount')
export class MonthCount {
  @Field(() => String) month: string;
  @Field(() => Int) count: number;
}

@ObjectType('CustomerReport', { description: '客户分析' })
export class CustomerReportType {
  @Field(() => Int) total: number;
  @Field(() => [BreakdownRowType]) byLevel: BreakdownRowType[];
  @Field(() => [BreakdownRowType]) byType: BreakdownRowType[];
  @Field(() => [BreakdownRowType]) bySource: BreakdownRowType[];
  @Field(() => [BreakdownRowType]) byIndustry: BreakdownRowType[];
  @Field(() => [BreakdownRowType]) byRegion: BreakdownRowType[];
  @Field(() => [MonthCount], { description: 'New customers per month, 12 months ending with the period' }) newByMonth: MonthCount[];
}

@ObjectType('PersonFollowUps')
export class PersonFollowUps {
  @Field(() => InsightPerson) person: InsightPerson;
  @Field(() => Int) count: number;
  @Field(() => Int) substantive: number;
}

@ObjectType('FollowUpReport', { description: '跟进统计' })
export class FollowUpReportType {
  @Field(() => Int) total: number;
  @Field(() => Int) substantive: number;
  @Field(() => [BreakdownRowType], { description: 'By method; extra: substantive' }) byMethod: BreakdownRowType[];
  @Field(() => [PersonFollowUps]) byPerson: PersonFollowUps[];
}

@ObjectType('StageBreakdown')
export class StageBreakdown {
  @Field(() => OpportunityStage, { nullable: true }) stage: OpportunityStage | null;
  @Field(() => Int) count: number;
  @Field(() => String, { nullable: true }) amount: string | null;
}

@ObjectType('CategoryMonth', { description: 'Seed 002 §4.1: each opportunity counted once a month, in its category at the month’s end' })
export class CategoryMonthType {
  @Field(() => String) month: string;
  @Field(() => Int, { description: '线索' }) longTerm: number;
  @Field(() => Int, { description: '中线' }) midTerm: number;
  @Field(() => Int, { description: '短线' }) shortTerm: number;
  @Field(() => Int, { description: '已成交 (in that month)' }) won: number;
  @Field(() => Int, { description: '放弃 (in that month)' }) lost: number;
}

@ObjectType('OpportunityReport', { description: '商机分析' })
export class OpportunityReportType {
  @Field(() => Int, { description: 'Created in the period' }) created: number;
  @Field(() => [StageBreakdown]) byStage: StageBreakdown[];
  @Field(() => [BreakdownRowType]) byCategory: BreakdownRowType[];
  @Field(() => BreakdownRowType) won: BreakdownRowType;
  @Field(() => BreakdownRowType) lost: BreakdownRowType;
  @Field(() => [BreakdownRowType]) lossReasons: BreakdownRowType[];
  @Field(() => [CategoryMonthType]) monthly: CategoryMonthType[];
}

@ObjectType('PlanMonth')
export class PlanMonth {
  @Field(() => String) month: string;
  @Field(() => String) planned: string;
  @Field(() => String) received: string;
}

@ObjectType('OverduePlan')
export class OverduePlanType {
  @Field(() => ID) planId: number;
  @Field(() => ID) contractId: number;
  @Field(() => String) contractCode: string;
  @Field(() => String) contractTitle: string;
  @Field(() => InsightPerson, { nullable: true }) owner: InsightPerson | null;
  @Field(() => Int) term: number;
  @Field(() => String) plannedDate: string;
  @Field(() => String) planned: string;
  @Field(() => String) received: string;
  @Field(() => String) outstanding: string;
}

@ObjectType('ContractPerson')
export class ContractPersonType {
  @Field(() => InsightPerson) person: InsightPerson;
  @Field(() => Int) contracts: number;
  @Field(() => String) amount: string;
  @Field(() => String) received: string;
  @Field(() => String) outstanding: string;
}

@ObjectType('ContractReport', { description: '合同回款' })
export class ContractReportType {
  @Field(() => Int) contracts: number;
  @Field(() => String) amount: string;
  @Field(() => String) received: string;
  @Field(() => [PlanMonth], { description: 'Planned vs received, 12 months ending with the period' }) months: PlanMonth[];
  @Field(() => [OverduePlanType], { description: 'Plans past their date and not fully received (at most 100, oldest first)' }) overduePlans: OverduePlanType[];
  @Field(() => String) overdueTotal: string;
  @Field(() => [ContractPersonType], { description: 'Approved contracts signed in the period, per person' }) byPerson: ContractPersonType[];
}

@ObjectType('ProductRow')
export class ProductRowType {
  @Field(() => ID, { nullable: true }) id: number | null;
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => Int) contracts: number;
  @Field(() => String) quantity: string;
  @Field(() => String) amount: string;
}

@ObjectType('ProductReport', { description: '产品销售' })
export class ProductReportType {
  @Field(() => String) amount: string;
  @Field(() => [ProductRowType]) byProduct: ProductRowType[];
  @Field(() => [ProductRowType]) byCategory: ProductRowType[];
}

@ObjectType('Statistics', { description: '统计报表 for a period and a selection within your read scope' })
export class StatisticsType {
  @Field(() => String) from: string;
  @Field(() => String) to: string;
}
