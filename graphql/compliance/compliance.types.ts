// Object and input types of the seed-002 compliance report, its settings and the monthly summary.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, IsOptional } from 'class-validator';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { Connection } from '../common/connection';
import { InsightDepartment, InsightPerson, RankedDepartment } from '../insight/insight.types';

export enum CustomerFieldKey {
  NAME = 'NAME', ADDRESS = 'ADDRESS', POSTCODE = 'POSTCODE', REGION = 'REGION', INDUSTRY = 'INDUSTRY', TYPE = 'TYPE', SOURCE = 'SOURCE',
  PROFILE = 'PROFILE', CONTACT_NAME = 'CONTACT_NAME', CONTACT_POSITION = 'CONTACT_POSITION', PHONE = 'PHONE',
}
registerEnumType(CustomerFieldKey, { name: 'CustomerFieldKey', description: 'The 11 customer fields of seed 002 §3.2.3 (PHONE: mobile or phone)' });
export enum FrequencyRuleKind { CORE_SHORT = 'CORE_SHORT', CORE_MID = 'CORE_MID', HIGH_GROWTH = 'HIGH_GROWTH' }
registerEnumType(FrequencyRuleKind, { name: 'FrequencyRule', description: 'CORE_SHORT 核心+短线 (weekly), CORE_MID 核心 (fortnightly), HIGH_GROWTH 高成长 (monthly)' });
export enum ComplianceProblemKind { NO_DEAL = 'NO_DEAL', NO_RECENT_CONTACT = 'NO_RECENT_CONTACT', MISSING_FIELDS = 'MISSING_FIELDS' }
registerEnumType(ComplianceProblemKind, { name: 'ComplianceProblem', description: 'NO_DEAL 核心客户无12个月内成交的跟单, NO_RECENT_CONTACT 高成长客户30天内无实质联系, MISSING_FIELDS 资料不全' });
export enum ComplianceStateKind { OVERDUE = 'OVERDUE', DUE_SOON = 'DUE_SOON', CRITERIA = 'CRITERIA', TRACKED = 'TRACKED', ALL = 'ALL' }
registerEnumType(ComplianceStateKind, { name: 'ComplianceState', description: 'OVERDUE 已超期, DUE_SOON 即将到期, CRITERIA 不符合分类标准, TRACKED 有联络频次要求, ALL 全部' });

@ObjectType('ComplianceRules', { description: 'The rulebook (seed 002 §3.2.3, §3.4), as the administrator set it' })
export class ComplianceRulesType {
  @Field(() => [CustomerFieldKey]) requiredFields: string[];
  @Field(() => Int) coreDealMonths: number;
  @Field(() => Int) highGrowthContactDays: number;
  @Field(() => Int) coreShortDays: number;
  @Field(() => Int) coreMidDays: number;
  @Field(() => Int) highGrowthDays: number;
  @Field(() => Int) minCore: number;
  @Field(() => Int) minHighGrowth: number;
  @Field(() => Int) reminderDays: number;
}

@InputType('UpdateComplianceRulesInput')
export class UpdateComplianceRulesInput {
  @Field(() => [CustomerFieldKey], { nullable: true }) @IsOptional() @ArrayMaxSize(11) requiredFields?: string[];
  @Field(() => Int, { nullable: true }) coreDealMonths?: number;
  @Field(() => Int, { nullable: true }) highGrowthContactDays?: number;
  @Field(() => Int, { nullable: true }) coreShortDays?: number;
  @Field(() => Int, { nullable: true }) coreMidDays?: number;
  @Field(() => Int, { nullable: true }) highGrowthDays?: number;
  @Field(() => Int, { nullable: true }) minCore?: number;
  @Field(() => Int, { nullable: true }) minHighGrowth?: number;
  @Field(() => Int, { nullable: true }) reminderDays?: number;
}

@InputType('ComplianceFilter', { description: 'One department (with its sub-departments) or one person within your scope; neither: everyone you see' })
export class ComplianceFilterInput {
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => ID, { nullable: true }) userId?: string;
}

@ObjectType('ComplianceFigures')
export class ComplianceFigures {
  @Field(() => Int, { description: 'Owned customers you may read' }) customers: number;
  @Field(() => Int, { description: 'Core direct customers' }) core: number;
  @Field(() => Int, { description: 'High-growth direct customers' }) highGrowth: number;
  @Field(() => Int, { description: 'Customers past their contact interval' }) overdue: number;
  @Field(() => Int, { description: 'Customers due within the reminder days' }) dueSoon: number;
  @Field(() => Int, { description: 'Customers not meeting their level’s criteria' }) criteria: number;
}

@ObjectType('CompliancePerson')
export class CompliancePersonType extends ComplianceFigures {
  @Field(() => InsightPerson) person: InsightPerson;
  @Field(() => Boolean, { description: 'Holds customers and is short of a quota or has an overdue customer' }) behind: boolean;
}

@ObjectType('ComplianceDepartment')
export class ComplianceDepartmentType extends ComplianceFigures {
  @Field(() => RankedDepartment) department: RankedDepartment;
  @Field(() => Int) people: number;
  @Field(() => Int, { description: 'People behind' }) behind: number;
}

@ObjectType('ComplianceTotals')
export class ComplianceTotals extends ComplianceFigures {
  @Field(() => Int) people: number;
  @Field(() => Int) behind: number;
}

@ObjectType('ComplianceReport', { description: '联络频次: per person and department, live' })
export class ComplianceReportType {
  @Field(() => ComplianceRulesType) rules: ComplianceRulesType;
  @Field(() => ComplianceTotals) totals: ComplianceTotals;
  @Field(() => [CompliancePersonType], { description: 'People behind first, most overdue first' }) people: CompliancePersonType[];
  @Field(() => [ComplianceDepartmentType], { description: 'Departments one level below the selection' }) departments: ComplianceDepartmentType[];
  @Field(() => InsightDepartment, { nullable: true }) department: InsightDepartment | null;
}

@ObjectType('ComplianceCustomer')
export class ComplianceCustomerType {
  @Field(() => ID) id: number;
  @Field(() => String) code: string;
  @Field(() => String) name: string;
  @Field(() => CustomerLevel) level: string;
  @Field(() => CustomerType) type: string;
  @Field(() => InsightPerson, { nullable: true }) owner: InsightPerson | null;
  @Field(() => FrequencyRuleKind, { nullable: true, description: 'null: no contact-frequency rule (normal customers, distributors)' }) rule: string | null;
  @Field(() => Int, { nullable: true }) intervalDays: number | null;
  @Field(() => Date, { nullable: true, description: 'Latest substantive contact you may see; null: never' }) lastContactAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the next contact is (or was) due' }) dueAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Whole days past the due time; null when not overdue' }) overdueDays: number | null;
  @Field(() => [ComplianceProblemKind]) problems: string[];
  @Field(() => [CustomerFieldKey]) missingFields: string[];
}

@ObjectType('ComplianceCustomerConnection')
export class ComplianceCustomerConnection extends Connection(ComplianceCustomerType, 'ComplianceCustomer') {}

@ObjectType('ComplianceMonthRow', { description: 'One person in the monthly summary (考核依据)' })
export class ComplianceMonthRow extends CompliancePersonType {
  @Field(() => Int) followUps: number;
  @Field(() => Int, { description: 'Substantive follow-ups in the month' }) substantive: number;
  @Field(() => Int) newCustomers: number;
  @Field(() => String) contractAmount: string;
  @Field(() => String) receivableAmount: string;
}

@ObjectType('ComplianceMonth')
export class ComplianceMonth {
  @Field(() => String) month: string;
  @Field(() => ComplianceRulesType) rules: ComplianceRulesType;
  @Field(() => [ComplianceMonthRow]) rows: ComplianceMonthRow[];
}

