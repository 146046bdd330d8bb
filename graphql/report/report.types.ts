// The draft of a new work report: generated subject and period, the default leader, the seed's content template,
// the kind's sections and the author's own numbers for the period.
import { Ctx, Field, FieldResolver, ID, Int, ObjectType, Resolver, Root, registerEnumType } from 'type-graphql';
import { ReportKind } from '@/entities/report.entity';
import { ReportSection, reportFigures } from '@/lib/report';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';

registerEnumType(ReportSection, { name: 'ReportSection', description: 'SUMMARY 总结, PLAN 计划, COORDINATION 需协调' });

@ObjectType('ReportTemplateSection')
export class ReportTemplateSectionType {
  @Field(() => ReportSection) section: ReportSection;
  @Field(() => String, { description: 'The heading for the kind, e.g. 今日总结 / 明日计划 / 需协调 for a daily report' }) title: string;
}

@ObjectType('ReportFigures', {
  description: 'Your own numbers for the period, counted like the dashboard (仪表盘) within your read scope: follow-ups you wrote, '
    + 'customers, opportunities, approved contracts (by sign date) and approved receivables (by received date) you own',
})
export class ReportFiguresType {
  @Field(() => String, { description: 'First day counted, YYYY-MM-DD' }) from: string;
  @Field(() => String, { description: 'Last day counted, YYYY-MM-DD' }) to: string;
  @Field(() => Int) followUps: number;
  @Field(() => Int) substantiveFollowUps: number;
  @Field(() => Int) newCustomers: number;
  @Field(() => Int, { description: 'Your opportunities whose stage changed in the period' }) opportunitiesMoved: number;
  @Field(() => Int, { description: 'Stage changes of those opportunities' }) stageChanges: number;
  @Field(() => Int) newContracts: number;
  @Field(() => String) contractAmount: string;
  @Field(() => Int) receivables: number;
  @Field(() => String) receivableAmount: string;
}

@ObjectType('ReportDraft', { description: 'What a new report would be: generated subject, period, your default leader, the content template' })
export class ReportDraftType {
  @Field(() => ReportKind) kind: ReportKind;
  @Field(() => String) periodStart: string;
  @Field(() => String) periodEnd: string;
  @Field(() => String) subject: string;
  @Field(() => String) content: string;
  @Field(() => UserSummary, { nullable: true, description: 'Your leader: the head of your department, or of the one above when you head it' }) leader: UserSummary | null;
  @Field(() => ID, { nullable: true, description: 'Your report of this period, when you already wrote it' }) existingReportId: number | null;
  @Field(() => [ReportTemplateSectionType], { description: 'The sections of the kind, in order' }) sections: ReportTemplateSectionType[];
}

@Resolver(() => ReportDraftType)
export class ReportDraftResolver {
  @FieldResolver(() => ReportFiguresType, { nullable: true, description: 'Your numbers for the period; null when you have no customer data' })
  figures(@Root() draft: ReportDraftType, @Ctx() ctx: Context) {
    return reportFigures(ctx.db.manager, viewerOf(ctx), { start: draft.periodStart, end: draft.periodEnd });
  }
}
