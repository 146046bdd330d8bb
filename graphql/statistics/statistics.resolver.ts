// 统计报表 queries and their Excel export: parse arguments, call lib/statistics with the viewer, map the result.
// `statistics` resolves the selection once; each report is a field computed only when asked for.
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { audit } from '@/lib/audit/audit';
import { InsightPerson, Selection, peopleRows, resolveSelection } from '@/lib/insight';
import { actorOf } from '@/lib/org/org.common';
import { contractReport, customerReport, exportStatistics, followUpReport, opportunityReport, productReport } from '@/lib/statistics';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { ExportFile } from '../common/export-file';
import { Heavy } from '../limits/operation-limits';
import { InsightFilterInput } from '../insight/insight.inputs';
import { filterOf } from '../insight/insight.resolver';
import {
  ContractReportType, CustomerBasisKind, CustomerReportType, FollowUpReportType, OpportunityReportType, ProductReportType, StatisticsReportKind, StatisticsType,
} from './statistics.types';

interface StatisticsRoot { from: string; to: string; sel: Selection }

@Resolver(() => StatisticsType)
export class StatisticsResolver {
  @Query(() => StatisticsType, { description: '统计报表: ask for the reports you need; each counts only records you may read, owned by the selected people' })
  async statistics(@Ctx() ctx: Context, @Arg('filter', () => InsightFilterInput, { nullable: true }) filter?: InsightFilterInput): Promise<StatisticsRoot> {
    const sel = await resolveSelection(ctx.db.manager, viewerOf(ctx), filterOf(filter));
    return { from: sel.period.from, to: sel.period.to, sel };
  }

  @FieldResolver(() => CustomerReportType)
  customers(@Root() root: StatisticsRoot, @Ctx() ctx: Context, @Arg('basis', () => CustomerBasisKind, { nullable: true, defaultValue: CustomerBasisKind.CREATED_IN_PERIOD }) basis: CustomerBasisKind) {
    return customerReport(ctx.db.manager, root.sel, basis);
  }

  @FieldResolver(() => FollowUpReportType)
  followUps(@Root() root: StatisticsRoot, @Ctx() ctx: Context) { return followUpReport(ctx.db.manager, root.sel); }

  @FieldResolver(() => OpportunityReportType)
  async opportunities(@Root() root: StatisticsRoot, @Ctx() ctx: Context) {
    const r = await opportunityReport(ctx.db.manager, root.sel);
    return {
      ...r,
      monthly: r.monthly.map((m) => ({
        month: m.month, longTerm: m.counts[OpportunityCategory.LONG_TERM], midTerm: m.counts[OpportunityCategory.MID_TERM], shortTerm: m.counts[OpportunityCategory.SHORT_TERM],
        won: m.counts[OpportunityCategory.WON], lost: m.counts[OpportunityCategory.LOST],
      })),
    };
  }

  @FieldResolver(() => ContractReportType)
  async contracts(@Root() root: StatisticsRoot, @Ctx() ctx: Context) {
    const r = await contractReport(ctx.db.manager, root.sel);
    const owners = new Map<number, InsightPerson>((await peopleRows(ctx.db.manager, { all: false, ids: [...new Set(r.overduePlans.map((p) => p.ownerId))] })).map((p) => [p.id, p]));
    return { ...r, overduePlans: r.overduePlans.map((p) => ({ ...p, owner: owners.get(p.ownerId) ?? null })) };
  }

  @FieldResolver(() => ProductReportType)
  products(@Root() root: StatisticsRoot, @Ctx() ctx: Context) { return productReport(ctx.db.manager, root.sel); }

  @Heavy()
  @Mutation(() => ExportFile, { description: 'A report as an Excel file (.xlsx), with the same figures as the page; audited' })
  async exportStatistics(
    @Ctx() ctx: Context,
    @Arg('report', () => StatisticsReportKind) report: StatisticsReportKind,
    @Arg('filter', () => InsightFilterInput, { nullable: true }) filter?: InsightFilterInput,
    @Arg('basis', () => CustomerBasisKind, { nullable: true }) basis?: CustomerBasisKind,
    @Arg('month', () => String, { nullable: true, description: 'YYYY-MM, for COMPLIANCE_MONTHLY' }) month?: string,
  ): Promise<ExportFile> {
    const viewer = viewerOf(ctx);
    const sel = await resolveSelection(ctx.db.manager, viewer, filterOf(filter));
    const { buffer, rows } = await exportStatistics(ctx.db.manager, sel, report, { basis, month });
    await audit(ctx.db.manager, actorOf(viewer), {
      action: 'export', entityType: 'statistics', entityId: null,
      changes: { report, from: sel.period.from, to: sel.period.to, departmentId: sel.department?.id ?? null, userId: sel.userId, month: month ?? null, rows },
    });
    const name = report === 'COMPLIANCE_MONTHLY' ? `联络频次月度汇总_${month}` : `统计报表_${report.toLowerCase()}_${sel.period.from}_${sel.period.to}`;
    return { fileName: `${name}.xlsx`, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', contentBase64: buffer.toString('base64'), count: rows };
  }
}
