// Compliance queries and settings: parse arguments, call lib/compliance with the viewer, map the result.
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ComplianceState, complianceCustomers, complianceReport, complianceRules, monthlySummary, updateComplianceRules } from '@/lib/compliance';
import { InsightPerson as Person, peopleRows, resolveSelection } from '@/lib/insight';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import {
  ComplianceCustomerConnection, ComplianceFilterInput, ComplianceMonth, ComplianceReportType, ComplianceRulesType, ComplianceStateKind,
  UpdateComplianceRulesInput,
} from './compliance.types';

const num = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));
const selectionOf = (ctx: Context, f: ComplianceFilterInput | null | undefined) =>
  resolveSelection(ctx.db.manager, viewerOf(ctx), { departmentId: num(f?.departmentId), userId: num(f?.userId) });

@Resolver()
export class ComplianceResolver {
  @Query(() => ComplianceRulesType, { description: 'The contact-frequency and classification rules in force' })
  complianceRules(@Ctx() ctx: Context) { return complianceRules(ctx.db.manager); }

  @Mutation(() => ComplianceRulesType, { description: 'Changes the rules (system:settings); audited' })
  updateComplianceRules(@Ctx() ctx: Context, @Arg('input', () => UpdateComplianceRulesInput) input: UpdateComplianceRulesInput) {
    return updateComplianceRules(ctx.db, viewerOf(ctx), input);
  }

  @Query(() => ComplianceReportType, { description: '联络频次 report: who is behind, per person and department, over the customers you may read' })
  async complianceReport(@Ctx() ctx: Context, @Arg('filter', () => ComplianceFilterInput, { nullable: true }) filter?: ComplianceFilterInput) {
    const sel = await selectionOf(ctx, filter);
    const report = await complianceReport(ctx.db.manager, sel);
    const department = sel.department ? { id: sel.department.id, name: sel.department.name, parentId: sel.department.parentId } : null;
    return { ...report, department };
  }

  @Query(() => ComplianceCustomerConnection, { description: 'The customers in a state (default OVERDUE), most overdue first' })
  async complianceCustomers(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => ComplianceFilterInput, { nullable: true }) filter?: ComplianceFilterInput,
    @Arg('state', () => ComplianceStateKind, { nullable: true, defaultValue: ComplianceStateKind.OVERDUE }) state?: ComplianceStateKind,
  ) {
    const sel = await selectionOf(ctx, filter);
    const result = await complianceCustomers(ctx.db.manager, sel, (state ?? 'OVERDUE') as ComplianceState, { first: page.first, offset: page.offset });
    const owners = new Map<number, Person>((await peopleRows(ctx.db.manager, { all: false, ids: [...new Set(result.nodes.map((n) => n.ownerId))] })).map((p) => [p.id, p]));
    return toConnection({ ...result, nodes: result.nodes.map((n) => ({ ...n, owner: owners.get(n.ownerId) ?? null })) });
  }

  @Query(() => ComplianceMonth, { description: 'Monthly summary per person (考核依据): the month’s activity and the rulebook now' })
  async complianceMonthly(
    @Ctx() ctx: Context,
    @Arg('month', () => String, { description: 'YYYY-MM' }) month: string,
    @Arg('filter', () => ComplianceFilterInput, { nullable: true }) filter?: ComplianceFilterInput,
  ) {
    const sel = await selectionOf(ctx, filter);
    const [summary, rules] = await Promise.all([monthlySummary(ctx.db.manager, sel, month), complianceRules(ctx.db.manager)]);
    return { ...summary, rules };
  }
}
