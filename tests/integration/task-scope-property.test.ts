// Property test: over random organisations, tasks, schedule entries and work reports are visible exactly as the
// oracle below says — in lists, totalCount, lookups, one person's calendar, received reports and notifications
// (stored and listed) — and changes are refused with NOT_FOUND / FORBIDDEN exactly when they should be.
// The oracle is written from SPEC 2.3 and the activity rules in plain JavaScript, independent of lib/access:
//   task:     assignee (its owner), its creator, or a viewer whose 'task' read scope covers the assignee
//   schedule: owner, participants, or a viewer whose 'schedule' read scope covers the owner
//   report:   author, recipients, or a viewer whose 'report' read scope covers the author
// Everyone always reaches their own activity, whatever their roles say. Replay a failure with TASK_PROPERTY_SEED=<seed>.
import { DataSource } from 'typeorm';
import { Report, ReportRecipient, Role, ScheduleEntry, ScheduleParticipant, Task } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { ReportKind } from '@/entities/report.entity';
import { TaskPriority, TaskStatus } from '@/entities/task.entity';
import { notify } from '@/lib/notification/notification.service';
import '@/lib/schedule';
import '@/lib/task';
import '@/lib/report';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, gql, ok, tokenFor } from '../support/api';
import { gqlAliased } from '../support/aliased';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { prng } from '../support/org-generator';

type Level = 'NONE' | 'SELF' | 'SELF_AND_CHILDREN' | 'CUSTOM' | 'ALL';
type Module = 'task' | 'schedule' | 'report';
const LEVELS: Level[] = ['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL'];
const MODULES: Module[] = ['task', 'schedule', 'report'];

interface MRole { superAdmin: boolean; read: Level; modules: Partial<Record<Module, { read: Level; write: Level }>>; custom: { departmentId: number; includeChildren: boolean }[] }
interface MUser { id: number; departmentId: number; roles: MRole[]; as: As }
interface MTask { id: number; assigneeId: number; creatorId: number; deleted: boolean; status: TaskStatus }
interface MEntry { id: number; ownerId: number; participants: Set<number>; deleted: boolean; start: number; end: number }
interface MReport { id: number; authorId: number; recipients: Set<number>; deleted: boolean }

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 10, 1);

// ---- the oracle -----------------------------------------------------------------------------------------------
let parentOf = new Map<number, number | null>();
let users: MUser[] = [];
const userById = (id: number) => users.find((u) => u.id === id)!;
function within(dept: number, ancestor: number) {
  for (let at: number | null | undefined = dept; at != null; at = parentOf.get(at)) if (at === ancestor) return true;
  return false;
}
const levelOf = (role: MRole, module: Module, mode: 'read' | 'write'): Level => (role.superAdmin ? 'ALL' : role.modules[module]?.[mode] ?? role.read);
function levelCovers(v: MUser, role: MRole, level: Level, ownerId: number) {
  if (level === 'ALL') return true;
  if (level === 'NONE') return false;
  if (ownerId === v.id) return true;
  const owner = userById(ownerId);
  if (level === 'SELF_AND_CHILDREN') return within(owner.departmentId, v.departmentId);
  if (level === 'CUSTOM') return role.custom.some((d) => (d.includeChildren ? within(owner.departmentId, d.departmentId) : owner.departmentId === d.departmentId));
  return false;
}
const readCovers = (v: MUser, module: Module, ownerId: number) => ownerId === v.id || v.roles.some((r) => levelCovers(v, r, levelOf(r, module, 'read'), ownerId));
const writeCovers = (v: MUser, module: Module, ownerId: number) =>
  ownerId === v.id || (v.roles.some((r) => levelCovers(v, r, levelOf(r, module, 'write'), ownerId)) && readCovers(v, module, ownerId));

/** Visibility whatever the deleted state (notifications keep pointing at deleted records); `live` adds it. */
const seesTask = (v: MUser, t: MTask) => readCovers(v, 'task', t.assigneeId) || t.creatorId === v.id;
const seesEntry = (v: MUser, e: MEntry) => readCovers(v, 'schedule', e.ownerId) || e.participants.has(v.id);
const seesReport = (v: MUser, r: MReport) => readCovers(v, 'report', r.authorId) || r.recipients.has(v.id);

// ---- the random organisation ----------------------------------------------------------------------------------
let db: DataSource;
const model = { tasks: [] as MTask[], entries: [] as MEntry[], reports: [] as MReport[], top: 0 };

async function generate(seed: number) {
  const rnd = prng(seed);
  parentOf = new Map();
  users = [];
  model.tasks = []; model.entries = []; model.reports = [];
  const top = await makeDepartment(db, await rootDepartment(db), `T${seed}`);
  model.top = top.id;
  parentOf.set(top.id, null);
  const depts = [top];
  for (let i = 0; i < 6; i++) {
    const parent = rnd.pick(depts);
    const d = await makeDepartment(db, parent, `T${seed}-${i}`);
    parentOf.set(d.id, parent.id);
    depts.push(d);
  }
  const roles: MRole[] = [];
  const saved: Role[] = [];
  for (let i = 0; i < 6; i++) {
    const read = i < LEVELS.length ? LEVELS[i] : rnd.pick(LEVELS);
    const modules: MRole['modules'] = {};
    for (const m of MODULES) {
      if (!rnd.chance(0.5)) continue;
      const level = rnd.pick(LEVELS);
      modules[m] = { read: level, write: rnd.pick([level, level, 'SELF', 'NONE'] as Level[]) };
    }
    const custom = [{ departmentId: rnd.pick(depts).id, includeChildren: rnd.chance(0.5) }];
    saved.push(await makeRole(db, { moduleScopes: modules as Role['moduleScopes'], customDepartments: custom, defaultScope: { read, write: read } as Role['defaultScope'] }));
    roles.push({ superAdmin: false, read, modules, custom });
  }
  const superRole = await roleByCode(db, 'SUPER_ADMIN');
  for (let i = 0; i < 9; i++) {
    const picked = i === 0 ? [-1] : [...new Set([rnd.int(0, 5), ...(rnd.chance(0.3) ? [rnd.int(0, 5)] : [])])];
    const dept = rnd.pick(depts);
    const user = await makeUser(db, dept, picked.map((k) => (k < 0 ? superRole : saved[k])));
    users.push({ id: user.id, departmentId: dept.id, roles: picked.map((k) => (k < 0 ? { superAdmin: true, read: 'ALL', modules: {}, custom: [] } : roles[k])), as: await tokenFor(db, user) });
  }
  for (let i = 0; i < 24; i++) {
    const assignee = rnd.pick(users);
    const creator = rnd.chance(0.5) ? assignee : rnd.pick(users);
    const deleted = rnd.chance(0.1);
    const status = rnd.pick([TaskStatus.OPEN, TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.DONE]);
    const t = await db.getRepository(Task).save(db.getRepository(Task).create({
      title: `性质任务${seed}-${i}`, description: null, assigneeId: assignee.id, createdById: creator.id, dueAt: rnd.chance(0.3) ? null : new Date(BASE + rnd.int(-5, 20) * DAY),
      priority: TaskPriority.NORMAL, status, relatedType: null, relatedId: null, completedAt: null, dueRemindedAt: null, deletedAt: deleted ? new Date() : null, deletedById: null,
    }));
    model.tasks.push({ id: t.id, assigneeId: assignee.id, creatorId: creator.id, deleted, status });
  }
  for (let i = 0; i < 20; i++) {
    const owner = rnd.pick(users);
    const start = BASE + rnd.int(0, 30 * 24) * 3600_000;
    const end = start + rnd.int(1, 30) * 3600_000;
    const deleted = rnd.chance(0.1);
    const e = await db.getRepository(ScheduleEntry).save(db.getRepository(ScheduleEntry).create({
      title: `性质日程${seed}-${i}`, description: null, startAt: new Date(start), endAt: new Date(end), allDay: false, relatedType: null, relatedId: null,
      reminderMinutes: null, remindAt: null, reminderSentAt: null, ownerId: owner.id, createdById: owner.id, deletedAt: deleted ? new Date() : null, deletedById: null,
    }));
    const participants = new Set<number>();
    for (let k = rnd.int(0, 3); k > 0; k--) { const p = rnd.pick(users); if (p.id !== owner.id) participants.add(p.id); }
    if (participants.size) await db.getRepository(ScheduleParticipant).insert([...participants].map((userId) => ({ entryId: e.id, userId })));
    model.entries.push({ id: e.id, ownerId: owner.id, participants, deleted, start, end });
  }
  for (let i = 0; i < 16; i++) {
    const author = rnd.pick(users);
    const deleted = rnd.chance(0.1);
    const day = new Date(BASE + i * DAY).toISOString().slice(0, 10);
    const r = await db.getRepository(Report).save(db.getRepository(Report).create({
      kind: ReportKind.DAILY, periodStart: day, periodEnd: day, periodKey: deleted ? null : `DAILY:${day}:${seed}`, subject: `性质日报${seed}-${i}`, content: 'x',
      authorId: author.id, deletedAt: deleted ? new Date() : null, deletedById: null,
    }));
    const recipients = new Set<number>();
    for (let k = rnd.int(1, 3); k > 0; k--) { const p = rnd.pick(users); if (p.id !== author.id) recipients.add(p.id); }
    if (recipients.size) await db.getRepository(ReportRecipient).insert([...recipients].map((userId) => ({ reportId: r.id, userId, readAt: rnd.chance(0.3) ? new Date() : null })));
    model.reports.push({ id: r.id, authorId: author.id, recipients, deleted });
  }
  return rnd;
}

// ---- the checks -----------------------------------------------------------------------------------------------
const seen = { visible: 0, hidden: 0 };
const sorted = (ids: (string | number)[]) => ids.map(String).sort();

async function checkReads(v: MUser, rnd: ReturnType<typeof prng>) {
  const tasks = model.tasks.filter((t) => !t.deleted && seesTask(v, t)).map((t) => t.id);
  const entries = model.entries.filter((e) => !e.deleted && seesEntry(v, e));
  const reports = model.reports.filter((r) => !r.deleted && seesReport(v, r)).map((r) => r.id);
  const received = model.reports.filter((r) => !r.deleted && r.recipients.has(v.id)).map((r) => r.id);
  seen.visible += tasks.length + entries.length + reports.length;
  seen.hidden += model.tasks.length + model.entries.length + model.reports.length - tasks.length - entries.length - reports.length;
  const other = rnd.pick(users);
  const from = new Date(BASE + 5 * DAY);
  const to = new Date(BASE + 20 * DAY);
  const calendar = (uid: number) => entries.filter((e) => (e.ownerId === uid || e.participants.has(uid)) && e.start < to.getTime() && e.end > from.getTime()).map((e) => e.id);
  const data = await ok(v.as, `query($dept: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $me: ID!, $other: ID!) {
    tasks(filter: { departmentId: $dept }, first: 200) { totalCount nodes { id } }
    reports(filter: { departmentId: $dept }, first: 200) { totalCount nodes { id } }
    myReceivedReports(first: 200) { totalCount nodes { id } }
    mine: scheduleEntries(from: $from, to: $to, userId: $me) { id }
    theirs: scheduleEntries(from: $from, to: $to, userId: $other) { id }
  }`, { dept: String(model.top), from: from.toISOString(), to: to.toISOString(), me: String(v.id), other: String(other.id) });
  const lookups = await gqlAliased(v.as, [
    ...model.tasks.map((t) => `t${t.id}: task(id: "${t.id}") { id }`),
    ...model.entries.map((e) => `s${e.id}: scheduleEntry(id: "${e.id}") { id }`),
    ...model.reports.map((r) => `r${r.id}: report(id: "${r.id}") { id }`),
  ]);
  expect(lookups.errors ?? []).toEqual([]);
  Object.assign(data, lookups.data);
  expect({ v: v.id, tasks: sorted(data.tasks.nodes.map((n: { id: string }) => n.id)), total: data.tasks.totalCount }).toEqual({ v: v.id, tasks: sorted(tasks), total: tasks.length });
  expect({ v: v.id, reports: sorted(data.reports.nodes.map((n: { id: string }) => n.id)), total: data.reports.totalCount }).toEqual({ v: v.id, reports: sorted(reports), total: reports.length });
  expect({ v: v.id, received: sorted(data.myReceivedReports.nodes.map((n: { id: string }) => n.id)), total: data.myReceivedReports.totalCount })
    .toEqual({ v: v.id, received: sorted(received), total: received.length });
  expect({ v: v.id, mine: sorted(data.mine.map((n: { id: string }) => n.id)) }).toEqual({ v: v.id, mine: sorted(calendar(v.id)) });
  expect({ v: v.id, other: other.id, theirs: sorted(data.theirs.map((n: { id: string }) => n.id)) }).toEqual({ v: v.id, other: other.id, theirs: sorted(calendar(other.id)) });
  for (const t of model.tasks) expect({ v: v.id, task: t.id, visible: !!data[`t${t.id}`] }).toEqual({ v: v.id, task: t.id, visible: !t.deleted && seesTask(v, t) });
  for (const e of model.entries) expect({ v: v.id, entry: e.id, visible: !!data[`s${e.id}`] }).toEqual({ v: v.id, entry: e.id, visible: !e.deleted && seesEntry(v, e) });
  for (const r of model.reports) expect({ v: v.id, report: r.id, visible: !!data[`r${r.id}`] }).toEqual({ v: v.id, report: r.id, visible: !r.deleted && seesReport(v, r) });
}

async function checkWrites(v: MUser, rnd: ReturnType<typeof prng>) {
  const codeOf = (result: { errors?: { extensions?: Record<string, unknown> }[] }) => (result.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
  for (let i = 0; i < 4; i++) {
    const e = rnd.pick(model.entries);
    const result = await gql(v.as, 'mutation($id: ID!) { updateScheduleEntry(id: $id, input: {}) { id } }', { id: String(e.id) });
    const expected = e.deleted || !seesEntry(v, e) ? 'NOT_FOUND' : writeCovers(v, 'schedule', e.ownerId) ? 'OK' : 'FORBIDDEN';
    expect({ v: v.id, entry: e.id, code: codeOf(result) }).toEqual({ v: v.id, entry: e.id, code: expected });

    const t = rnd.pick(model.tasks);
    const manage = t.creatorId === v.id || (writeCovers(v, 'task', t.assigneeId) && t.assigneeId !== v.id);
    const status = t.creatorId === v.id || writeCovers(v, 'task', t.assigneeId);
    const hidden = t.deleted || !seesTask(v, t);
    const update = await gql(v.as, 'mutation($id: ID!) { updateTask(id: $id, input: {}) { id } }', { id: String(t.id) });
    expect({ v: v.id, task: t.id, manage: codeOf(update) }).toEqual({ v: v.id, task: t.id, manage: hidden ? 'NOT_FOUND' : manage ? 'OK' : 'FORBIDDEN' });
    const same = await gql(v.as, 'mutation($id: ID!, $s: TaskStatus!) { setTaskStatus(id: $id, status: $s) { id } }', { id: String(t.id), s: t.status });
    expect({ v: v.id, task: t.id, status: codeOf(same) }).toEqual({ v: v.id, task: t.id, status: hidden ? 'NOT_FOUND' : status ? 'OK' : 'FORBIDDEN' });

    const r = rnd.pick(model.reports);
    const changed = await gql(v.as, 'mutation($id: ID!) { updateReport(id: $id, input: {}) { id } }', { id: String(r.id) });
    expect({ v: v.id, report: r.id, code: codeOf(changed) }).toEqual({ v: v.id, report: r.id, code: r.deleted || !seesReport(v, r) ? 'NOT_FOUND' : r.authorId === v.id ? 'OK' : 'FORBIDDEN' });
  }
}

/** notify() stores a notification only for those who may see the record; the list shows only those, too. */
async function checkNotifications(seed: number) {
  const kind = `prop.${seed}`;
  const everyone = users.map((u) => u.id);
  await db.transaction(async (manager) => {
    for (const t of model.tasks) await notify(manager, { recipients: everyone, kind, title: 't', entityType: 'task', entityId: t.id, dedupeKey: `${kind}:t:${t.id}` });
    for (const e of model.entries) await notify(manager, { recipients: everyone, kind, title: 's', entityType: 'schedule', entityId: e.id, dedupeKey: `${kind}:s:${e.id}` });
    for (const r of model.reports) await notify(manager, { recipients: everyone, kind, title: 'r', entityType: 'report', entityId: r.id, dedupeKey: `${kind}:r:${r.id}` });
  });
  const expectedPairs = (v: MUser) => [
    ...model.tasks.filter((t) => seesTask(v, t)).map((t) => `task:${t.id}`),
    ...model.entries.filter((e) => seesEntry(v, e)).map((e) => `schedule:${e.id}`),
    ...model.reports.filter((r) => seesReport(v, r)).map((r) => `report:${r.id}`),
  ].sort();
  const stored = await db.getRepository(Notification).findBy({ kind });
  for (const v of users) {
    expect({ v: v.id, stored: stored.filter((n) => n.userId === v.id).map((n) => `${n.entityType}:${n.entityId}`).sort() }).toEqual({ v: v.id, stored: expectedPairs(v) });
  }
  // The list re-checks visibility when read: a notification about a record out of reach never shows.
  const planted = model.tasks.slice(0, 8).flatMap((t) => users.map((u) => ({ userId: u.id, kind: `${kind}.raw`, title: 'raw', entityType: 'task', entityId: t.id })));
  await db.getRepository(Notification).insert(planted);
  for (const v of users) {
    const list = await ok(v.as, '{ notifications(first: 200) { totalCount nodes { kind entityType entityId } } unreadNotificationCount }');
    const ours = list.notifications.nodes.filter((n: { kind: string }) => n.kind.startsWith(kind)).map((n: { kind: string; entityType: string; entityId: string }) => `${n.kind === kind ? '' : 'raw|'}${n.entityType}:${n.entityId}`).sort();
    const expected = [...expectedPairs(v), ...model.tasks.slice(0, 8).filter((t) => seesTask(v, t)).map((t) => `raw|task:${t.id}`)].sort();
    expect({ v: v.id, listed: ours }).toEqual({ v: v.id, listed: expected });
    expect(list.notifications.totalCount).toBe(list.unreadNotificationCount); // none read yet; every one counted once
  }
}

beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const seeds = process.env.TASK_PROPERTY_SEED ? [Number(process.env.TASK_PROPERTY_SEED)] : [4242, 777];

test.each(seeds)('seed %i: tasks, schedule entries, reports and their notifications are visible exactly as the oracle says', async (seed) => {
  const rnd = await generate(seed);
  for (const v of users) await checkReads(v, rnd);
  for (const v of users) await checkWrites(v, rnd);
  await checkNotifications(seed);
});

test('the runs both showed and hid plenty of records (a run that never hides, or never shows, proves little)', () => {
  expect(seen.visible).toBeGreaterThan(40);
  expect(seen.hidden).toBeGreaterThan(40);
});
