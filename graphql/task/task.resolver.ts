// Task queries, mutations and nested fields: parse arguments, call one service function, map the result.
import { Arg, Args, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Task } from '@/entities';
import { OPEN_TASK_STATUSES, TaskStatus } from '@/entities/task.entity';
import { createTask, deleteTasks, findTask, listTasks, myTasks, setTaskStatus, updateTask } from '@/lib/task';
import { requireIds } from '@/lib/access';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { DeleteResult } from '../customer/customer.types';
import { loaderKey } from '../followup/followup.loaders';
import { RecordRefType, TimelineItem } from '../timeline/timeline.types';
import { CreateTaskInput, TaskFilterInput, TaskOrderInput, UpdateTaskInput } from './task.inputs';

@ObjectType('TaskConnection')
export class TaskConnection extends Connection(Task, 'Task') {}

@ObjectType('MyTasks', { description: 'Your open tasks in four boxes (days of Asia/Shanghai); each box lists at most 100, the counts are exact' })
export class MyTasks {
  @Field(() => [Task], { description: 'No due date' }) inbox: Task[];
  @Field(() => [Task], { description: 'Due today or overdue' }) today: Task[];
  @Field(() => [Task], { description: 'Due in the next 7 days (from tomorrow)' }) next: Task[];
  @Field(() => [Task], { description: 'Due later' }) future: Task[];
  @Field(() => Int) inboxCount: number;
  @Field(() => Int) todayCount: number;
  @Field(() => Int) nextCount: number;
  @Field(() => Int) futureCount: number;
}

const num = (value: string | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));

@Resolver(() => Task)
export class TaskResolver {
  @Query(() => MyTasks)
  async myTasks(@Ctx() ctx: Context): Promise<MyTasks> {
    const boxes = await myTasks(ctx.db, viewerOf(ctx));
    return { ...boxes, inboxCount: boxes.counts.inbox, todayCount: boxes.counts.today, nextCount: boxes.counts.next, futureCount: boxes.counts.future };
  }

  @Query(() => TaskConnection, { description: 'Tasks you may see (yours, those you assigned, and for leaders those of people in their scope)' })
  async tasks(
    @Ctx() ctx: Context,
    @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('filter', () => TaskFilterInput, { nullable: true }) filter?: TaskFilterInput,
    @Arg('orderBy', () => TaskOrderInput, { nullable: true }) orderBy?: TaskOrderInput,
  ) {
    const f = filter ?? {};
    return toConnection(await listTasks(ctx.db, viewerOf(ctx), {
      ...f, assigneeId: num(f.assigneeId), createdById: num(f.createdById), departmentId: num(f.departmentId), relatedId: num(f.relatedId),
    }, orderBy, page));
  }

  @Query(() => Task, { nullable: true })
  task(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return findTask(ctx.db.manager, viewerOf(ctx), Number(id));
  }

  @Mutation(() => Task, { description: 'For yourself, or (leaders) for someone in your task write scope, who is told' })
  createTask(@Ctx() ctx: Context, @Arg('input', () => CreateTaskInput) input: CreateTaskInput) {
    return createTask(ctx.db, viewerOf(ctx), { ...input });
  }

  @Mutation(() => Task, { description: 'The creator or a leader over the assignee; a new assignee is told' })
  updateTask(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput) {
    return updateTask(ctx.db, viewerOf(ctx), Number(id), { ...input });
  }

  @Mutation(() => Task, { description: 'Start, complete, cancel or reopen: the assignee, the creator or a leader over the assignee' })
  setTaskStatus(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('status', () => TaskStatus) status: TaskStatus) {
    return setTaskStatus(ctx.db, viewerOf(ctx), Number(id), status);
  }

  @Mutation(() => DeleteResult, { description: 'Moves tasks to the recycle bin: the creator or a leader over the assignee' })
  async deleteTasks(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return { ids: (await deleteTasks(ctx.db, viewerOf(ctx), requireIds(ids))).map(String) };
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  assignee(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(task.assigneeId);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  createdBy(@Root() task: Task, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(task.createdById);
  }

  @FieldResolver(() => RecordRefType, { nullable: true, description: 'The related record, when you can see it' })
  related(@Root() task: Task, @Ctx() ctx: Context) {
    return task.relatedType && task.relatedId ? ctx.loaders.recordRef.load(loaderKey(task.relatedType, task.relatedId)) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due time' })
  overdue(@Root() task: Task) {
    return !!task.dueAt && (OPEN_TASK_STATUSES as readonly TaskStatus[]).includes(task.status) && task.dueAt.getTime() < Date.now();
  }

  @FieldResolver(() => Boolean, { description: 'You may change its fields, reassign or delete it' })
  async viewerCanEdit(@Root() task: Task, @Ctx() ctx: Context) {
    return (await ctx.loaders.taskRights.load(task)).manage;
  }

  @FieldResolver(() => Boolean, { description: 'You may start, complete, cancel or reopen it' })
  async viewerCanChangeStatus(@Root() task: Task, @Ctx() ctx: Context) {
    return (await ctx.loaders.taskRights.load(task)).status;
  }
}

@Resolver(() => TimelineItem)
export class TaskTimelineResolver {
  @FieldResolver(() => Task, { nullable: true, description: 'For TASK items' })
  task(@Root() item: TimelineItem, @Ctx() ctx: Context) {
    return item.kind === 'TASK' ? ctx.loaders.task.load(item.entityId) : null;
  }
}
