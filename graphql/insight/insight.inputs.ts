// Inputs of the dashboard and the KPI targets: the shared period / department / person filter.
import { Field, ID, InputType, Int } from 'type-graphql';
import { ValidateNested } from 'class-validator';
import { KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import { InsightPeriodPreset } from './insight.types';

@InputType('InsightFilter', { description: 'A period (a preset, or CUSTOM from–to) and optionally one department (with its sub-departments) or one person' })
export class InsightFilterInput {
  @Field(() => InsightPeriodPreset, { nullable: true, description: 'Default THIS_MONTH, or CUSTOM when from/to are given' }) preset?: InsightPeriodPreset;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, first day of a CUSTOM period' }) from?: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, last day of a CUSTOM period (not before from)' }) to?: string;
  @Field(() => ID, { nullable: true, description: 'A department within your scope (BAD_USER_INPUT otherwise)' }) departmentId?: string;
  @Field(() => ID, { nullable: true, description: 'A person within your scope (BAD_USER_INPUT otherwise)' }) userId?: string;
}

@InputType('KpiTargetValueInput')
export class KpiTargetValueInput {
  @Field(() => Int, { description: '1–12' }) month: number;
  @Field(() => KpiMetric) metric: KpiMetric;
  @Field(() => String, { nullable: true, description: 'Non-negative; whole numbers for counts; null clears the target' }) value?: string | null;
}

@InputType('SetKpiTargetsInput')
export class SetKpiTargetsInput {
  @Field(() => KpiSubject) subjectType: KpiSubject;
  @Field(() => ID) subjectId: string;
  @Field(() => Int) year: number;
  @Field(() => [KpiTargetValueInput]) @ValidateNested() values: KpiTargetValueInput[];
}
