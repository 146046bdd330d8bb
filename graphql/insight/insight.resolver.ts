// Dashboard queries and KPI targets: parse arguments, call lib/insight with the viewer, map the result.
// `dashboard` resolves the selection once; each section is a field computed only when asked for.
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { User } from '@/entities';
import { KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import {
  InsightFilter, Selection, insightDepartments, insightPeople, peopleRows, requireInsight, resolveSelection, salesBrief, salesFunnel,
  salesKpi, salesRanking, salesTrend, setKpiTargets, setsTargets, targetSheet, targetSubjects,
} from '@/lib/insight';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { InsightFilterInput, SetKpiTargetsInput } from './insight.inputs';
import {
  DashboardType, InsightPeriod, InsightScope, InsightSelection, KpiTargetSheet, SalesBrief, SalesFunnel, SalesKpi, SalesRanking, TargetSubjects, TrendMonth,
} from './insight.types';

const num = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));

/** The GraphQL filter as lib/insight reads it (ids as numbers; a malformed id fails its validation). */
export function filterOf(input: InsightFilterInput | null | undefined): InsightFilter {
  const f = input ?? {};
  return { preset: f.preset ?? null, from: f.from ?? null, to: f.to ?? null, departmentId: num(f.departmentId), userId: num(f.userId) };
}

export const periodOf = (sel: Selection): InsightPeriod => ({
  preset: sel.period.preset, from: sel.period.from, to: sel.period.to, start: sel.period.start, end: sel.period.end,
  previousFrom: sel.period.previous.from, previousTo: sel.period.previous.to, months: sel.period.months,
});

interface DashboardRoot { period: InsightPeriod; sel: Selection }

@Resolver(() => DashboardType)
export class DashboardResolver {
  @Query(() => DashboardType, { description: '仪表盘: ask for the sections you need; each counts only records you may read, owned by the selected people' })
  async dashboard(@Ctx() ctx: Context, @Arg('filter', () => InsightFilterInput, { nullable: true }) filter?: InsightFilterInput): Promise<DashboardRoot> {
    const sel = await resolveSelection(ctx.db.manager, viewerOf(ctx), filterOf(filter));
    return { period: periodOf(sel), sel };
  }

  @FieldResolver(() => InsightSelection)
  async selection(@Root() root: DashboardRoot, @Ctx() ctx: Context): Promise<InsightSelection> {
    const { sel } = root;
    const person = sel.userId ? (await peopleRows(ctx.db.manager, { all: false, ids: [sel.userId] }))[0] ?? null : null;
    const department = sel.department ? { id: sel.department.id, name: sel.department.name, parentId: sel.department.parentId } : null;
    return { everyone: !sel.department && !sel.userId, department, person };
  }

  @FieldResolver(() => [ID], { description: 'Owners of the counted records: pass them as ownerIds to a list to see exactly the records counted' })
  async ownerIds(@Root() root: DashboardRoot, @Ctx() ctx: Context): Promise<number[]> {
    if (!root.sel.people.all) return root.sel.people.ids;
    return (await ctx.db.getRepository(User).find({ select: { id: true }, order: { id: 'ASC' } })).map((u) => u.id);
  }

  @FieldResolver(() => SalesBrief)
  brief(@Root() root: DashboardRoot, @Ctx() ctx: Context) { return salesBrief(ctx.db.manager, root.sel); }

  @FieldResolver(() => SalesKpi)
  kpi(@Root() root: DashboardRoot, @Ctx() ctx: Context) { return salesKpi(ctx.db.manager, root.sel); }

  @FieldResolver(() => SalesFunnel)
  funnel(@Root() root: DashboardRoot, @Ctx() ctx: Context) { return salesFunnel(ctx.db.manager, root.sel); }

  @FieldResolver(() => [TrendMonth], { description: '12 months ending with the period, with the same months a year earlier' })
  trend(@Root() root: DashboardRoot, @Ctx() ctx: Context) { return salesTrend(ctx.db.manager, root.sel); }

  @FieldResolver(() => SalesRanking)
  ranking(@Root() root: DashboardRoot, @Ctx() ctx: Context, @Arg('metric', () => KpiMetric) metric: KpiMetric) {
    return salesRanking(ctx.db.manager, root.sel, metric);
  }
}

@Resolver()
export class InsightResolver {
  @Query(() => InsightScope, { description: 'The departments and people the dashboard can be switched to' })
  async insightScope(@Ctx() ctx: Context): Promise<InsightScope> {
    const viewer = viewerOf(ctx);
    await requireInsight(ctx.db.manager, viewer);
    const reach = await insightPeople(ctx.db.manager, viewer);
    const [people, departments, canSetTargets] = await Promise.all([peopleRows(ctx.db.manager, reach), insightDepartments(ctx.db.manager, reach), setsTargets(ctx.db.manager, viewer)]);
    return { everyone: reach.all, people, departments, canSetTargets };
  }

  @Query(() => TargetSubjects, { description: 'The departments and people whose targets you set (empty when you set none)' })
  async targetSubjects(@Ctx() ctx: Context): Promise<TargetSubjects> {
    const { departments, users } = await targetSubjects(ctx.db.manager, viewerOf(ctx));
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const listed = new Set(departments.map((d) => d.id));
    return {
      departments: departments.map((d) => ({ id: d.id, name: d.name, parentId: d.parentId !== null && listed.has(d.parentId) ? d.parentId : null })),
      people: users.map((u) => ({ id: u.id, username: u.username, name: u.name, status: u.status, departmentId: u.departmentId, departmentName: names.get(u.departmentId) ?? null })),
    };
  }

  @Query(() => KpiTargetSheet, { description: "A department's or person's monthly targets of a year" })
  kpiTargets(
    @Ctx() ctx: Context,
    @Arg('subjectType', () => KpiSubject) subjectType: KpiSubject,
    @Arg('subjectId', () => ID) subjectId: string,
    @Arg('year', () => Int) year: number,
  ) {
    return targetSheet(ctx.db.manager, viewerOf(ctx), subjectType, Number(subjectId), year);
  }

  @Mutation(() => KpiTargetSheet, { description: 'Sets monthly targets (by whoever manages the department’s users); other months stay as they are' })
  async setKpiTargets(@Ctx() ctx: Context, @Arg('input', () => SetKpiTargetsInput) input: SetKpiTargetsInput) {
    const viewer = viewerOf(ctx);
    const subjectId = Number(input.subjectId);
    await setKpiTargets(ctx.db, viewer, {
      subjectType: input.subjectType, subjectId, year: input.year,
      values: input.values.map((v) => ({ month: v.month, metric: v.metric, value: v.value ?? null })),
    });
    return targetSheet(ctx.db.manager, viewer, input.subjectType, subjectId, input.year);
  }
}
