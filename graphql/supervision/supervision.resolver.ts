// 员工监督 queries: parse arguments, call one lib/supervision function with the viewer, map the result.
import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver } from 'type-graphql';
import {
  PersonActivity as PersonActivityRow, SupervisionFilter, personNow, supervisedFollowUps, supervisedPeople, supervisedReports, supervisedTasks,
  supervisesOthers, supervisionDepartments, supervisionOverview,
} from '@/lib/supervision';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Me } from '../auth/me.resolver';
import { PageArgsInput, toConnection } from '../common/connection';
import { FollowUpConnection } from '../followup/followup.resolver';
import { ReportConnection } from '../report/report.resolver';
import { TaskConnection } from '../task/task.resolver';
import {
  PersonActivityOrderInput, SupervisedFollowUpFilterInput, SupervisedReportFilterInput, SupervisedTaskFilterInput, SupervisionFilterInput,
} from './supervision.inputs';
import { PersonActivity, PersonActivityConnection, PersonNow, SupervisionScope } from './supervision.types';

const num = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));

/** The GraphQL filter as lib/supervision reads it (ids as numbers; a malformed id fails its validation). */
function filterOf(input: SupervisionFilterInput | undefined | null): SupervisionFilter {
  const f = input ?? {};
  return { from: f.from ?? null, to: f.to ?? null, departmentId: num(f.departmentId), userId: num(f.userId), includeDisabled: f.includeDisabled ?? false };
}

const toPersonActivity = (row: PersonActivityRow): PersonActivity => ({
  person: { id: row.userId, username: row.username, name: row.name, status: row.status, departmentId: row.departmentId, departmentName: row.departmentName },
  followUps: row.followUps, substantiveFollowUps: row.substantiveFollowUps, openTasks: row.openTasks, overdueTasks: row.overdueTasks,
  reports: row.reports, lastFollowUpAt: row.lastFollowUpAt,
});

@Resolver()
export class SupervisionResolver {
  @Query(() => SupervisionScope, { description: 'Whom you supervise: the people and departments 员工监督 can filter by' })
  async supervisionScope(@Ctx() ctx: Context): Promise<SupervisionScope> {
    const viewer = viewerOf(ctx);
    const [others, people, departments] = await Promise.all([
      supervisesOthers(ctx.db.manager, viewer), supervisedPeople(ctx.db.manager, viewer), supervisionDepartments(ctx.db.manager, viewer),
    ]);
    return { supervisesOthers: others, people, departments };
  }

  @Query(() => PersonActivityConnection, { description: 'Per person you supervise: follow-ups, substantive contacts, open and overdue tasks, reports (default order: most follow-ups first)' })
  async supervisionOverview(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => SupervisionFilterInput, { nullable: true }) filter?: SupervisionFilterInput,
    @Arg('orderBy', () => PersonActivityOrderInput, { nullable: true }) orderBy?: PersonActivityOrderInput,
  ) {
    const overview = await supervisionOverview(ctx.db, viewerOf(ctx), filterOf(filter), orderBy, page);
    return { ...toConnection({ ...overview.page, nodes: overview.page.nodes.map(toPersonActivity) }), totals: overview.totals };
  }

  @Query(() => FollowUpConnection, { description: 'Follow-ups of the people you supervise that you may read, newest contact first' })
  async supervisedFollowUps(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => SupervisedFollowUpFilterInput, { nullable: true }) filter?: SupervisedFollowUpFilterInput,
  ) {
    const f = filter ?? {};
    return toConnection(await supervisedFollowUps(ctx.db, viewerOf(ctx), { ...filterOf(f), substantive: f.substantive, method: f.method, keyword: f.keyword }, page));
  }

  @Query(() => TaskConnection, { description: 'Tasks of the people you supervise that you may read' })
  async supervisedTasks(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => SupervisedTaskFilterInput, { nullable: true }) filter?: SupervisedTaskFilterInput,
  ) {
    const f = filter ?? {};
    return toConnection(await supervisedTasks(ctx.db, viewerOf(ctx), { ...filterOf(f), state: f.state }, page));
  }

  @Query(() => ReportConnection, { description: 'Work reports of the people you supervise that you may read, newest first' })
  async supervisedReports(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => SupervisedReportFilterInput, { nullable: true }) filter?: SupervisedReportFilterInput,
  ) {
    const f = filter ?? {};
    return toConnection(await supervisedReports(ctx.db, viewerOf(ctx), { ...filterOf(f), kind: f.kind }, page));
  }

  @Query(() => PersonNow, { description: "A person you supervise: today's schedule, open tasks, latest activity. NOT_FOUND for anyone else" })
  async personNow(@Ctx() ctx: Context, @Arg('userId', () => ID) userId: string): Promise<PersonNow> {
    const now = await personNow(ctx.db, viewerOf(ctx), Number(userId));
    const { user, department } = now;
    return {
      ...now,
      person: { id: user.id, username: user.username, name: user.name, status: user.status, departmentId: user.departmentId, departmentName: department?.name ?? null },
      lastLoginAt: user.lastLoginAt,
    };
  }
}

@Resolver(() => Me)
export class MeSupervisionResolver {
  @FieldResolver(() => Boolean, { description: 'You supervise someone besides yourself: 员工监督 is for you' })
  supervisesOthers(@Ctx() ctx: Context) {
    return supervisesOthers(ctx.db.manager, viewerOf(ctx));
  }
}
