// Schedule entries through the API: create with validation (end after start, all-day days, reminder, related
// record, participants), the calendar range per person, lookups, who may change or delete, invitations, audit,
// and the follow-up seam (a next contact time becomes an entry of the author about the same record).
import { DataSource } from 'typeorm';
import { AuditLog, ScheduleEntry } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeUser } from '../support/factories';
import { fieldsOf, logFollowUp, UPDATE as UPDATE_FOLLOW_UP, DELETE as DELETE_FOLLOW_UP, TIMELINE } from './followup-support';
import { CREATE_ENTRY, Company, DELETE_ENTRY, ENTRIES, ENTRY, UPDATE_ENTRY, hoursFromNow, makeCompany, seconds } from './task-support';

let db: DataSource;
let co: Company;

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => closeTestDatabase(db));

const entry = (input: Record<string, unknown> = {}) => ({ title: '拜访客户', startAt: hoursFromNow(24), endAt: hoursFromNow(25), ...input });
const range = (fromHours: number, toHours: number, userId?: number) => ({ from: hoursFromNow(fromHours), to: hoursFromNow(toHours), userId: userId ? String(userId) : null });

describe('creating', () => {
  test('an entry is stored with its owner, reminder time, related record and participants, and audited', async () => {
    const customer = await makeCustomer(db, co.li.user);
    const start = hoursFromNow(30);
    const data = await ok(co.li.as, CREATE_ENTRY, { input: entry({
      title: '  技术交流会 ', description: '带上方案', startAt: start, endAt: hoursFromNow(32), reminderMinutes: 30,
      relatedType: 'customer', relatedId: String(customer.id), participantIds: [String(co.sun.user.id)],
    }) });
    const e = data.createScheduleEntry;
    expect(e).toMatchObject({ title: '技术交流会', description: '带上方案', allDay: false, reminderMinutes: 30, source: 'MANUAL', viewerCanEdit: true });
    expect(e.owner.username).toBe(co.li.user.username);
    expect(e.participants.map((p: { username: string }) => p.username)).toEqual([co.sun.user.username]);
    expect(e.related).toEqual({ type: 'customer', id: String(customer.id), title: customer.name });
    expect(seconds(e.remindAt)).toBe(seconds(start)! - 30 * 60);
    const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'schedule', entityId: Number(e.id), action: 'create' });
    expect(audit.actorId).toBe(co.li.user.id);
    const invited = await db.getRepository(Notification).findOneByOrFail({ userId: co.sun.user.id, kind: 'schedule.invited', entityId: Number(e.id) });
    expect(invited.title).toContain('技术交流会');
  });

  test('the end must come after the start, else BAD_USER_INPUT on endAt, and nothing is stored', async () => {
    const before = await db.getRepository(ScheduleEntry).count();
    const same = hoursFromNow(5);
    const equal = await gql(co.li.as, CREATE_ENTRY, { input: entry({ startAt: same, endAt: same }) });
    expect(codeOf(equal)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(equal)).toEqual(['endAt']);
    const earlier = await gql(co.li.as, CREATE_ENTRY, { input: entry({ startAt: hoursFromNow(5), endAt: hoursFromNow(4) }) });
    expect(fieldsOf(earlier)).toEqual(['endAt']);
    expect(await db.getRepository(ScheduleEntry).count()).toBe(before);
  });

  test('title is required and the reminder must be 0 … 43200 minutes, reported together', async () => {
    const result = await gql(co.li.as, CREATE_ENTRY, { input: entry({ title: '   ', reminderMinutes: -5 }) });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['reminderMinutes', 'title']);
    expect(fieldsOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ reminderMinutes: 43201 }) }))).toEqual(['reminderMinutes']);
    expect(fieldsOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ title: '长'.repeat(201) }) }))).toEqual(['title']);
  });

  test('an all-day entry covers whole days in Asia/Shanghai, and may end on the day it starts', async () => {
    // 2026-11-23 10:00 and 2026-11-24 09:00 in Shanghai.
    const data = await ok(co.li.as, CREATE_ENTRY, { input: entry({ allDay: true, startAt: '2026-11-23T02:00:00.000Z', endAt: '2026-11-24T01:00:00.000Z' }) });
    expect(data.createScheduleEntry.allDay).toBe(true);
    expect(new Date(data.createScheduleEntry.startAt).toISOString()).toBe('2026-11-22T16:00:00.000Z');
    expect(seconds(data.createScheduleEntry.endAt)).toBe(seconds('2026-11-24T15:59:59.000Z'));
    const oneDay = await ok(co.li.as, CREATE_ENTRY, { input: entry({ allDay: true, startAt: '2026-11-23T02:00:00.000Z', endAt: '2026-11-23T01:00:00.000Z' }) });
    expect(seconds(oneDay.createScheduleEntry.endAt)).toBe(seconds('2026-11-23T15:59:59.000Z'));
    const backwards = await gql(co.li.as, CREATE_ENTRY, { input: entry({ allDay: true, startAt: '2026-11-24T02:00:00.000Z', endAt: '2026-11-23T02:00:00.000Z' }) });
    expect(fieldsOf(backwards)).toEqual(['endAt']);
  });

  test('the related record must be one the author can see (NOT_FOUND otherwise) and of a known type', async () => {
    const others = await makeCustomer(db, co.zhou.user);
    expect(codeOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ relatedType: 'customer', relatedId: String(others.id) }) }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ relatedType: 'customer', relatedId: '999999' }) }))).toBe('NOT_FOUND');
    expect(fieldsOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ relatedType: 'planet', relatedId: '1' }) }))).toEqual(['relatedType']);
    expect(fieldsOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ relatedType: 'customer' }) }))).toEqual(['relatedId']);
    // A leader may relate an entry to a subordinate's customer.
    const mine = await makeCustomer(db, co.li.user);
    expect((await ok(co.wang.as, CREATE_ENTRY, { input: entry({ relatedType: 'customer', relatedId: String(mine.id) }) })).createScheduleEntry.related.id).toBe(String(mine.id));
  });

  test('participants must be active users', async () => {
    const inactive = await makeUser(db, co.beijing, [], { status: UserStatus.INACTIVE });
    const result = await gql(co.li.as, CREATE_ENTRY, { input: entry({ participantIds: [String(co.sun.user.id), String(inactive.id)] }) });
    expect(fieldsOf(result)).toEqual(['participantIds']);
    expect(fieldsOf(await gql(co.li.as, CREATE_ENTRY, { input: entry({ participantIds: ['abc'] }) }))).toEqual(['participantIds']);
  });

  test('anyone signed in keeps a calendar, even without any business data scope', async () => {
    const data = await ok(co.clerk.as, CREATE_ENTRY, { input: entry({ title: '月底结账' }) });
    const list = await ok(co.clerk.as, ENTRIES, range(0, 48));
    expect(list.scheduleEntries.map((e: { id: string }) => e.id)).toContain(data.createScheduleEntry.id);
  });
});

describe('the calendar', () => {
  let own: string; let invited: string; let zhous: string;
  beforeAll(async () => {
    own = (await ok(co.sun.as, CREATE_ENTRY, { input: entry({ title: '孙的日程', startAt: hoursFromNow(200), endAt: hoursFromNow(201) }) })).createScheduleEntry.id;
    invited = (await ok(co.zhou.as, CREATE_ENTRY, { input: entry({ title: '周邀请孙', startAt: hoursFromNow(210), endAt: hoursFromNow(211), participantIds: [String(co.sun.user.id)] }) })).createScheduleEntry.id;
    zhous = (await ok(co.zhou.as, CREATE_ENTRY, { input: entry({ title: '周自己的', startAt: hoursFromNow(205), endAt: hoursFromNow(206) }) })).createScheduleEntry.id;
  });
  const ids = (data: { scheduleEntries: { id: string }[] }) => data.scheduleEntries.map((e) => e.id);

  test('shows my own entries and those I take part in, overlapping the range, by start time', async () => {
    expect(ids(await ok(co.sun.as, ENTRIES, range(190, 220)))).toEqual([own, invited]);
    expect(ids(await ok(co.sun.as, ENTRIES, range(200.5, 200.7)))).toEqual([own]); // overlap, not containment
    expect(ids(await ok(co.sun.as, ENTRIES, range(201, 205)))).toEqual([]); // ends exactly where the range starts
  });

  test("a leader sees a subordinate's calendar, but only the entries the leader may see", async () => {
    // wang covers sun (owner of `own`) but not zhou (owner of `invited`, where sun is only a participant).
    expect(ids(await ok(co.wang.as, ENTRIES, range(190, 220, co.sun.user.id)))).toEqual([own]);
    expect(ids(await ok(co.chen.as, ENTRIES, range(190, 220, co.sun.user.id)))).toEqual([invited]);
    expect(ids(await ok(co.chen.as, ENTRIES, range(190, 220, co.zhou.user.id)))).toEqual([zhous, invited]);
    expect(ids(await ok(co.li.as, ENTRIES, range(190, 220, co.sun.user.id)))).toEqual([]);
  });

  test('the range is checked: to after from, at most 100 days', async () => {
    expect(fieldsOf(await gql(co.sun.as, ENTRIES, range(10, 5)))).toEqual(['to']);
    expect(fieldsOf(await gql(co.sun.as, ENTRIES, range(0, 24 * 101)))).toEqual(['to']);
  });

  test('a lookup answers for the owner, participants and leaders over the owner; null for anyone else', async () => {
    expect((await ok(co.sun.as, ENTRY, { id: invited })).scheduleEntry.title).toBe('周邀请孙');
    expect((await ok(co.chen.as, ENTRY, { id: invited })).scheduleEntry.viewerCanEdit).toBe(false); // chen's write scope is SELF
    expect((await ok(co.sun.as, ENTRY, { id: invited })).scheduleEntry.viewerCanEdit).toBe(false);
    expect((await ok(co.wang.as, ENTRY, { id: own })).scheduleEntry.title).toBe('孙的日程');
    expect((await ok(co.li.as, ENTRY, { id: own })).scheduleEntry).toBeNull();
    expect((await ok(co.wang.as, ENTRY, { id: zhous })).scheduleEntry).toBeNull();
    expect((await ok(co.boss.as, ENTRY, { id: zhous })).scheduleEntry.title).toBe('周自己的');
  });
});

describe('changing and deleting', () => {
  test('the owner changes times (re-arming the reminder), participants (the new ones are told) and the related record', async () => {
    const created = (await ok(co.li.as, CREATE_ENTRY, { input: entry({ reminderMinutes: 10 }) })).createScheduleEntry;
    await db.getRepository(ScheduleEntry).update({ id: Number(created.id) }, { reminderSentAt: new Date() });
    const start = hoursFromNow(48);
    const data = await ok(co.li.as, UPDATE_ENTRY, { id: created.id, input: { startAt: start, endAt: hoursFromNow(49), participantIds: [String(co.sun.user.id)] } });
    expect(seconds(data.updateScheduleEntry.remindAt)).toBe(seconds(start)! - 600);
    expect(data.updateScheduleEntry.participants.map((p: { username: string }) => p.username)).toEqual([co.sun.user.username]);
    expect((await db.getRepository(ScheduleEntry).findOneByOrFail({ id: Number(created.id) })).reminderSentAt).toBeNull();
    expect(await db.getRepository(Notification).countBy({ userId: co.sun.user.id, kind: 'schedule.invited', entityId: Number(created.id) })).toBe(1);
    const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'schedule', entityId: Number(created.id), action: 'update' });
    expect(Object.keys(audit.changes!)).toEqual(expect.arrayContaining(['startAt', 'endAt', 'remindAt', 'participantIds']));
    // Removing the participant takes their access away.
    await ok(co.li.as, UPDATE_ENTRY, { id: created.id, input: { participantIds: [] } });
    expect((await ok(co.sun.as, ENTRY, { id: created.id })).scheduleEntry).toBeNull();
  });

  test('a change is validated against the stored values (end after start)', async () => {
    const created = (await ok(co.li.as, CREATE_ENTRY, { input: entry() })).createScheduleEntry;
    const result = await gql(co.li.as, UPDATE_ENTRY, { id: created.id, input: { endAt: hoursFromNow(1) } });
    expect(fieldsOf(result)).toEqual(['endAt']);
  });

  test('participants may not change it (FORBIDDEN), outsiders get NOT_FOUND, a leader with write scope may', async () => {
    const created = (await ok(co.li.as, CREATE_ENTRY, { input: entry({ participantIds: [String(co.zhou.user.id)] }) })).createScheduleEntry;
    expect(codeOf(await gql(co.zhou.as, UPDATE_ENTRY, { id: created.id, input: { title: 'x' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(co.sun.as, UPDATE_ENTRY, { id: created.id, input: { title: 'x' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.wang.as, DELETE_ENTRY, { id: created.id }))).toBe('FORBIDDEN'); // DEPT_MANAGER schedule write scope is SELF
    expect((await ok(co.boss.as, UPDATE_ENTRY, { id: created.id, input: { title: '改期' } })).updateScheduleEntry.title).toBe('改期');
  });

  test('deleting moves it to the recycle bin: gone from lookups and the calendar; a second delete is NOT_FOUND', async () => {
    const created = (await ok(co.li.as, CREATE_ENTRY, { input: entry({ startAt: hoursFromNow(300), endAt: hoursFromNow(301) }) })).createScheduleEntry;
    expect((await ok(co.li.as, DELETE_ENTRY, { id: created.id })).deleteScheduleEntry.ids).toEqual([created.id]);
    expect((await ok(co.li.as, ENTRY, { id: created.id })).scheduleEntry).toBeNull();
    expect((await ok(co.li.as, ENTRIES, range(290, 310))).scheduleEntries).toEqual([]);
    expect((await db.getRepository(ScheduleEntry).findOneByOrFail({ id: Number(created.id) })).deletedById).toBe(co.li.user.id);
    expect(codeOf(await gql(co.li.as, DELETE_ENTRY, { id: created.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.li.as, UPDATE_ENTRY, { id: created.id, input: { title: 'x' } }))).toBe('NOT_FOUND');
  });
});

describe('the follow-up seam', () => {
  test("a next contact time becomes an entry of the author about the follow-up's record; moving it moves the entry; clearing it removes it", async () => {
    const customer = await makeCustomer(db, co.li.user);
    const next = hoursFromNow(72);
    const followUp = await logFollowUp(co.li.as, 'customer', customer.id, { nextContactAt: next, nextStep: '发送报价' });
    const made = await db.getRepository(ScheduleEntry).findOneByOrFail({ followUpId: Number(followUp.id) });
    expect(made).toMatchObject({ ownerId: co.li.user.id, relatedType: 'customer', relatedId: customer.id, source: 'FOLLOW_UP', description: '发送报价', reminderMinutes: 15 });
    expect(made.title).toContain(customer.name);
    expect(seconds(made.startAt)).toBe(seconds(next));
    expect(seconds(made.remindAt)).toBe(seconds(next)! - 15 * 60);
    const inCalendar = await ok(co.li.as, ENTRIES, range(70, 75));
    expect(inCalendar.scheduleEntries.map((e: { id: string }) => e.id)).toContain(String(made.id));

    const later = hoursFromNow(96);
    await db.getRepository(ScheduleEntry).update({ id: made.id }, { reminderSentAt: new Date() });
    await ok(co.li.as, UPDATE_FOLLOW_UP, { id: followUp.id, input: { nextContactAt: later } });
    const moved = await db.getRepository(ScheduleEntry).findOneByOrFail({ id: made.id });
    expect(seconds(moved.startAt)).toBe(seconds(later));
    expect(moved.reminderSentAt).toBeNull();
    expect(await db.getRepository(ScheduleEntry).countBy({ followUpId: Number(followUp.id) })).toBe(1);

    await ok(co.li.as, UPDATE_FOLLOW_UP, { id: followUp.id, input: { nextContactAt: null } });
    expect((await db.getRepository(ScheduleEntry).findOneByOrFail({ id: made.id })).deletedAt).not.toBeNull();
    await ok(co.li.as, UPDATE_FOLLOW_UP, { id: followUp.id, input: { nextContactAt: later } });
    const live = () => db.getRepository(ScheduleEntry).createQueryBuilder('s').where('s.followUpId = :id AND s.deletedAt IS NULL', { id: Number(followUp.id) }).getCount();
    expect(await live()).toBe(1); // planned again: a new entry
    await ok(co.li.as, DELETE_FOLLOW_UP, { id: followUp.id });
    expect(await live()).toBe(0);
  });

  test("schedule entries appear on the related record's timeline for those who may see them", async () => {
    const customer = await makeCustomer(db, co.li.user);
    const made = (await ok(co.li.as, CREATE_ENTRY, { input: entry({ title: '上门演示', relatedType: 'customer', relatedId: String(customer.id) }) })).createScheduleEntry;
    const timeline = await ok(co.li.as, `query($t: String!, $id: ID!) { timeline(targetType: $t, targetId: $id, kinds: ["SCHEDULE"]) {
      totalCount nodes { kind entityId title scheduleEntry { id title } } } }`, { t: 'customer', id: String(customer.id) });
    expect(timeline.timeline.totalCount).toBe(1);
    expect(timeline.timeline.nodes[0]).toMatchObject({ kind: 'SCHEDULE', entityId: made.id, title: '上门演示', scheduleEntry: { id: made.id } });
    const kinds = await ok(co.li.as, 'query { timelineKinds }');
    expect(kinds.timelineKinds).toEqual(expect.arrayContaining(['SCHEDULE', 'TASK']));
    // Everything in one timeline for the owner, counted consistently.
    const all = await ok(co.li.as, TIMELINE, { t: 'customer', id: String(customer.id) });
    expect(all.timeline.nodes.some((n: { kind: string }) => n.kind === 'SCHEDULE')).toBe(true);
  });
});
