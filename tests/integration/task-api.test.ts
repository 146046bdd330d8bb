// Tasks through the API: creating for oneself, assigning within the task write scope (and nowhere else), the
// assignee told, who may change fields / status / delete, validation, lists with filters, the timeline, audit.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, Task } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeUser } from '../support/factories';
import { fieldsOf } from './followup-support';
import { CREATE_TASK, Company, DELETE_TASKS, SET_STATUS, TASK, TASKS, UPDATE_TASK, hoursFromNow, makeCompany, seconds } from './task-support';

let db: DataSource;
let co: Company;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

const create = async (as: Company['li']['as'], input: Record<string, unknown>) => (await ok(as, CREATE_TASK, { input: { title: '准备投标文件', ...input } })).createTask;
const notes = (userId: number, kind: string, taskId: string) => db.getRepository(Notification).countBy({ userId, kind, entityType: 'task', entityId: Number(taskId) });

describe('creating and assigning', () => {
  test('a task for oneself: OPEN, NORMAL priority by default, no notification, audited', async () => {
    const due = hoursFromNow(30);
    const t = await create(co.li.as, { description: '周五前', dueAt: due });
    expect(t).toMatchObject({ title: '准备投标文件', description: '周五前', status: 'OPEN', priority: 'NORMAL', overdue: false, viewerCanEdit: true, viewerCanChangeStatus: true });
    expect(t.assignee.username).toBe(co.li.user.username);
    expect(t.createdBy.username).toBe(co.li.user.username);
    expect(seconds(t.dueAt)).toBe(seconds(due));
    expect(await notes(co.li.user.id, 'task.assigned', t.id)).toBe(0);
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'task', entityId: Number(t.id), action: 'create' })).toBe(1);
  });

  test('a leader assigns to someone in their task write scope; the assignee is told and the leader keeps seeing it', async () => {
    const customer = await makeCustomer(db, co.li.user);
    const t = await create(co.wang.as, { assigneeId: String(co.li.user.id), priority: 'URGENT', relatedType: 'customer', relatedId: String(customer.id) });
    expect(t.assignee.username).toBe(co.li.user.username);
    expect(t.related).toEqual({ type: 'customer', id: String(customer.id), title: customer.name });
    expect(await notes(co.li.user.id, 'task.assigned', t.id)).toBe(1);
    expect((await ok(co.li.as, TASK, { id: t.id })).task.viewerCanEdit).toBe(false); // someone else's assignment: status only
    expect((await ok(co.li.as, TASK, { id: t.id })).task.viewerCanChangeStatus).toBe(true);
    expect((await ok(co.wang.as, TASK, { id: t.id })).task.viewerCanEdit).toBe(true);
  });

  test('a salesperson may only assign to themselves; a leader not outside their scope; never to inactive users', async () => {
    const before = await db.getRepository(Task).count();
    const sales = await gql(co.li.as, CREATE_TASK, { input: { title: 'x', assigneeId: String(co.sun.user.id) } });
    expect(codeOf(sales)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(sales)).toEqual(['assigneeId']);
    expect(fieldsOf(await gql(co.wang.as, CREATE_TASK, { input: { title: 'x', assigneeId: String(co.zhou.user.id) } }))).toEqual(['assigneeId']);
    const inactive = await makeUser(db, co.beijing, [], { status: UserStatus.INACTIVE });
    expect(fieldsOf(await gql(co.wang.as, CREATE_TASK, { input: { title: 'x', assigneeId: String(inactive.id) } }))).toEqual(['assigneeId']);
    expect(fieldsOf(await gql(co.wang.as, CREATE_TASK, { input: { title: 'x', assigneeId: '999999' } }))).toEqual(['assigneeId']);
    expect(await db.getRepository(Task).count()).toBe(before);
    // The super administrator reaches everyone.
    expect((await create(co.boss.as, { assigneeId: String(co.zhou.user.id) })).assignee.username).toBe(co.zhou.user.username);
  });

  test('the assignment targets offered to a leader are exactly their task write scope', async () => {
    const targets = await ok(co.wang.as, 'query { transferTargets(module: "task") { id } }');
    const ids = targets.transferTargets.map((u: { id: string }) => Number(u.id));
    expect(ids).toEqual(expect.arrayContaining([co.wang.user.id, co.li.user.id, co.sun.user.id]));
    expect(ids).not.toContain(co.zhou.user.id);
    const mine = await ok(co.li.as, 'query { transferTargets(module: "task") { id } }');
    expect(mine.transferTargets.map((u: { id: string }) => Number(u.id))).toEqual([co.li.user.id]);
  });

  test('title is required, priority must be known, the related record must be visible', async () => {
    expect(fieldsOf(await gql(co.li.as, CREATE_TASK, { input: { title: ' ' } }))).toEqual(['title']);
    expect(codeOf(await gql(co.li.as, CREATE_TASK, { input: { title: 'x', priority: 'NOW' } }))).toBe('BAD_USER_INPUT');
    const others = await makeCustomer(db, co.zhou.user);
    expect(codeOf(await gql(co.li.as, CREATE_TASK, { input: { title: 'x', relatedType: 'customer', relatedId: String(others.id) } }))).toBe('NOT_FOUND');
  });
});

describe('changing', () => {
  test('the creator changes fields and reassigns; the new assignee is told; a new due time re-arms the reminder', async () => {
    const t = await create(co.wang.as, { assigneeId: String(co.li.user.id), dueAt: hoursFromNow(5) });
    await db.getRepository(Task).update({ id: Number(t.id) }, { dueRemindedAt: new Date() });
    const data = await ok(co.wang.as, UPDATE_TASK, { id: t.id, input: { title: '改：准备投标文件', assigneeId: String(co.sun.user.id), dueAt: hoursFromNow(50), priority: 'HIGH' } });
    expect(data.updateTask).toMatchObject({ title: '改：准备投标文件', priority: 'HIGH' });
    expect(data.updateTask.assignee.username).toBe(co.sun.user.username);
    expect(await notes(co.sun.user.id, 'task.assigned', t.id)).toBe(1);
    expect((await db.getRepository(Task).findOneByOrFail({ id: Number(t.id) })).dueRemindedAt).toBeNull();
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'task', entityId: Number(t.id), action: 'assign' })).toBe(1);
    // li no longer sees it.
    expect((await ok(co.li.as, TASK, { id: t.id })).task).toBeNull();
  });

  test("the assignee of someone else's task may change its status only (FORBIDDEN for fields and deletion)", async () => {
    const t = await create(co.wang.as, { assigneeId: String(co.li.user.id) });
    expect(codeOf(await gql(co.li.as, UPDATE_TASK, { id: t.id, input: { title: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(co.li.as, DELETE_TASKS, { ids: [t.id] }))).toBe('FORBIDDEN');
    const started = await ok(co.li.as, SET_STATUS, { id: t.id, status: 'IN_PROGRESS' });
    expect(started.setTaskStatus.status).toBe('IN_PROGRESS');
    const done = await ok(co.li.as, SET_STATUS, { id: t.id, status: 'DONE' });
    expect(done.setTaskStatus.status).toBe('DONE');
    expect(done.setTaskStatus.completedAt).not.toBeNull();
    expect(await notes(co.wang.user.id, 'task.done', t.id)).toBe(1);
    const reopened = await ok(co.li.as, SET_STATUS, { id: t.id, status: 'OPEN' });
    expect(reopened.setTaskStatus.completedAt).toBeNull();
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'task', entityId: Number(t.id), action: 'status' })).toBe(3);
  });

  test('the creator cancelling a task tells the assignee', async () => {
    const t = await create(co.wang.as, { assigneeId: String(co.sun.user.id) });
    expect((await ok(co.wang.as, SET_STATUS, { id: t.id, status: 'CANCELLED' })).setTaskStatus.status).toBe('CANCELLED');
    expect(await notes(co.sun.user.id, 'task.cancelled', t.id)).toBe(1);
  });

  test('outsiders get NOT_FOUND for every operation; an unknown status is BAD_USER_INPUT', async () => {
    const t = await create(co.li.as, {});
    expect(codeOf(await gql(co.zhou.as, UPDATE_TASK, { id: t.id, input: { title: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.zhou.as, SET_STATUS, { id: t.id, status: 'DONE' }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.zhou.as, DELETE_TASKS, { ids: [t.id] }))).toBe('NOT_FOUND');
    expect((await ok(co.zhou.as, TASK, { id: t.id })).task).toBeNull();
    expect(codeOf(await gql(co.li.as, SET_STATUS, { id: t.id, status: 'FINISHED' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(co.li.as, DELETE_TASKS, { ids: [] }))).toBe('BAD_USER_INPUT');
  });

  test('a leader over the assignee may manage a task the assignee wrote for themselves', async () => {
    const t = await create(co.sun.as, {});
    expect((await ok(co.wang.as, TASK, { id: t.id })).task.viewerCanEdit).toBe(true);
    expect((await ok(co.wang.as, UPDATE_TASK, { id: t.id, input: { priority: 'LOW' } })).updateTask.priority).toBe('LOW');
    expect(codeOf(await gql(co.chen.as, UPDATE_TASK, { id: t.id, input: { priority: 'LOW' } }))).toBe('NOT_FOUND');
  });

  test('deleting moves tasks to the recycle bin, all or nothing', async () => {
    const a = await create(co.li.as, {});
    const b = await create(co.wang.as, { assigneeId: String(co.li.user.id) });
    expect(codeOf(await gql(co.li.as, DELETE_TASKS, { ids: [a.id, b.id] }))).toBe('FORBIDDEN');
    expect((await db.getRepository(Task).findOneByOrFail({ id: Number(a.id) })).deletedAt).toBeNull();
    expect((await ok(co.li.as, DELETE_TASKS, { ids: [a.id] })).deleteTasks.ids).toEqual([a.id]);
    expect((await ok(co.li.as, TASK, { id: a.id })).task).toBeNull();
    expect(codeOf(await gql(co.li.as, SET_STATUS, { id: a.id, status: 'DONE' }))).toBe('NOT_FOUND');
  });
});

describe('lists', () => {
  test('filtering by a related record the viewer cannot see answers like a record that does not exist', async () => {
    // wang relates li's task to one of li's customers, which then moves to 华南: li keeps the task, not the customer.
    const customer = await makeCustomer(db, co.li.user);
    const t = await create(co.wang.as, { assigneeId: String(co.li.user.id), relatedType: 'customer', relatedId: String(customer.id) });
    const byRelated = async (relatedType?: string) => (await ok(co.li.as, TASKS, { filter: { relatedId: String(customer.id), ...(relatedType ? { relatedType } : {}) } })).tasks;
    expect((await byRelated('customer')).nodes.map((n: { id: string }) => n.id)).toEqual([t.id]);
    await db.getRepository(Customer).update(customer.id, { ownerId: co.zhou.user.id });
    for (const type of ['customer', undefined]) expect(await byRelated(type)).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, nodes: [] });
    expect((await ok(co.li.as, TASK, { id: t.id })).task.id).toBe(t.id);
  });

  test('tasks lists what the viewer may see, with filters and a totalCount that matches', async () => {
    const mine = await create(co.zhou.as, { title: '华南报价', priority: 'HIGH', dueAt: hoursFromNow(10) });
    const assigned = await create(co.chen.as, { title: '华南回访', assigneeId: String(co.zhou.user.id) });
    const zhouList = await ok(co.zhou.as, TASKS, { filter: { assigneeId: String(co.zhou.user.id) }, first: 50 });
    const zhouIds = zhouList.tasks.nodes.map((t: { id: string }) => t.id);
    expect(zhouIds).toEqual(expect.arrayContaining([mine.id, assigned.id]));
    expect(zhouList.tasks.totalCount).toBe(zhouIds.length);
    expect((await ok(co.zhou.as, TASKS, { filter: { keyword: '报价', assigneeId: String(co.zhou.user.id) } })).tasks.nodes.map((t: { id: string }) => t.id)).toEqual([mine.id]);
    expect((await ok(co.zhou.as, TASKS, { filter: { priority: 'HIGH', assigneeId: String(co.zhou.user.id) } })).tasks.nodes.map((t: { id: string }) => t.id)).toEqual([mine.id]);
    expect((await ok(co.chen.as, TASKS, { filter: { createdById: String(co.chen.user.id) } })).tasks.nodes.map((t: { id: string }) => t.id)).toContain(assigned.id);
    // wang (华北) sees none of zhou's tasks, whatever the filter says.
    expect((await ok(co.wang.as, TASKS, { filter: { assigneeId: String(co.zhou.user.id) } })).tasks.totalCount).toBe(0);
    const byDept = await ok(co.boss.as, TASKS, { filter: { departmentId: String(co.south.id) }, first: 200 });
    expect(byDept.tasks.nodes.every((t: { assignee: { id: string } }) => [co.zhou.user.id, co.chen.user.id].includes(Number(t.assignee.id)))).toBe(true);
    const statuses = await ok(co.zhou.as, TASKS, { filter: { statuses: ['DONE', 'CANCELLED'], assigneeId: String(co.zhou.user.id) } });
    expect(statuses.tasks.totalCount).toBe(0);
  });

  test('tasks about a record appear on its timeline', async () => {
    const customer = await makeCustomer(db, co.li.user);
    const t = await create(co.li.as, { title: '寄送样品', relatedType: 'customer', relatedId: String(customer.id) });
    const timeline = await ok(co.li.as, `query($id: ID!) { timeline(targetType: "customer", targetId: $id, kinds: ["TASK"]) {
      totalCount nodes { kind entityId title task { id title status } } } }`, { id: String(customer.id) });
    expect(timeline.timeline.totalCount).toBe(1);
    expect(timeline.timeline.nodes[0]).toMatchObject({ kind: 'TASK', entityId: t.id, task: { id: t.id, title: '寄送样品', status: 'OPEN' } });
  });
});
