// Follow-up reminders (SPEC 3.5): open opportunities without progress for 7 days (short-term) or 15 days
// (mid / long-term) are due — listed by opportunitiesDueForFollowUp in the viewer's scope, and told to the owner by
// the reminder job once per overdue period, also when two job runs race each other.
import { DataSource } from 'typeorm';
import { Notification, Opportunity } from '@/entities';
import { JOBS } from '@/lib/jobs';
import { runOpportunityReminders } from '@/lib/jobs/opportunity-reminders';
import { openDataSource } from '@/lib/db/data-source';
import { closeTestDatabase, onMysql, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, actor } from './org-support';
import { createOpportunityCall, monthsAhead, stageId, today } from './opportunity-support';

const DAY = 86_400_000;
let db: DataSource;
let wang: Actor;
let li: Actor;
let sun: Actor;

beforeAll(async () => {
  db = await openTestDatabase();
  const dept = await makeDepartment(db, await rootDepartment(db), '提醒测试组');
  wang = await actor(db, ['DEPT_MANAGER'], dept);
  li = await actor(db, ['SALES'], dept);
  sun = await actor(db, ['SALES'], dept);
});
afterAll(async () => closeTestDatabase(db));

/** Moves an opportunity's clock: created (and last progress) `days` ago, due date recomputed the way the service does. */
async function age(id: string, days: number, category: 'SHORT_TERM' | 'MID_TERM' | 'LONG_TERM') {
  const since = new Date(Date.now() - days * DAY);
  const interval = category === 'SHORT_TERM' ? 7 : 15;
  await db.getRepository(Opportunity).update({ id: Number(id) }, { createdAt: since, lastProgressAt: null, followUpDueAt: new Date(since.getTime() + interval * DAY) });
}

const DUE = `{ opportunitiesDueForFollowUp(first: 50) { totalCount nodes { id name followUpDueAt } } }`;
const reminders = (opportunityId: string) => db.getRepository(Notification).findBy({ kind: 'opportunity.followup', entityType: 'opportunity', entityId: Number(opportunityId) });

test('7 days for short-term, 15 for mid- and long-term; closed and deleted ones are never due; lists follow the scope', async () => {
  const customer = await makeCustomer(db, li.user);
  const short = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '短线8天', category: 'SHORT_TERM', stage: await stageId(db, 3), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
  const shortFresh = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '短线6天', category: 'SHORT_TERM', stage: await stageId(db, 3), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
  const mid = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '中线10天' })).data.createOpportunity;
  const long = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '线索17天', category: 'LONG_TERM', stage: await stageId(db, 1), expectedCloseDate: monthsAhead(20) })).data.createOpportunity;
  const lost = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '丢单', category: 'LOST', stage: await stageId(db, 0), expectedCloseDate: today(), lostReason: '预算取消' })).data.createOpportunity;
  const gone = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '已删除' })).data.createOpportunity;
  await age(short.id, 8, 'SHORT_TERM');
  await age(shortFresh.id, 6, 'SHORT_TERM');
  await age(mid.id, 10, 'MID_TERM');
  await age(long.id, 17, 'LONG_TERM');
  await age(gone.id, 40, 'MID_TERM');
  await db.getRepository(Opportunity).update({ id: Number(lost.id) }, { createdAt: new Date(Date.now() - 40 * DAY) });
  await ok(li.as, `mutation($ids: [ID!]!) { deleteOpportunities(ids: $ids) { ids } }`, { ids: [gone.id] });
  expect(lost.followUpDueAt).toBeNull();

  const mine = (await ok(li.as, DUE)).opportunitiesDueForFollowUp;
  expect(mine.nodes.map((n: { id: string }) => n.id)).toEqual([long.id, short.id]); // oldest due first
  expect(mine.totalCount).toBe(2);
  expect((await ok(wang.as, DUE)).opportunitiesDueForFollowUp.totalCount).toBe(2); // his department
  expect((await ok(sun.as, DUE)).opportunitiesDueForFollowUp.totalCount).toBe(0);
  const it = await actor(db, ['SYSTEM_ADMIN']);
  expect(codeOf(await gql(it.as, DUE))).toBe('FORBIDDEN');

  // A progress record restarts the clock.
  await ok(li.as, `mutation($id: ID!) { addOpportunityProgress(input: { opportunityId: $id, content: "电话确认需求" }) { id } }`, { id: short.id });
  expect((await ok(li.as, DUE)).opportunitiesDueForFollowUp.nodes.map((n: { id: string }) => n.id)).toEqual([long.id]);
  // Changing the category re-times the reminder from the same start: 10 days without progress is not due for
  // mid-term (15 days) but 3 days overdue once short-term (7 days), so it now comes first.
  await ok(li.as, `mutation($id: ID!, $s: ID!, $d: String!) { updateOpportunityCategory(id: $id, input: { category: SHORT_TERM, stageId: $s, expectedCloseDate: $d }) { id } }`,
    { id: mid.id, s: await stageId(db, 3), d: monthsAhead(1) });
  expect((await ok(li.as, DUE)).opportunitiesDueForFollowUp.nodes.map((n: { id: string }) => n.id)).toEqual([mid.id, long.id]);
});

test('the job tells the owner once per overdue period, and again one interval later; it is registered for `npm run jobs`', async () => {
  expect(Object.keys(JOBS)).toContain('opportunity-reminders');
  const customer = await makeCustomer(db, sun.user);
  const o = (await createOpportunityCall(db, sun.as, { customerId: customer.id, name: '周期提醒', category: 'SHORT_TERM', stage: await stageId(db, 4), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
  await age(o.id, 8, 'SHORT_TERM');
  const first = await runOpportunityReminders(db);
  expect(first.reminded).toBeGreaterThanOrEqual(1);
  await runOpportunityReminders(db);
  const sent = await reminders(o.id);
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ userId: sun.user.id, title: '商机「周期提醒」已 7 天未跟进' });
  await runOpportunityReminders(db, new Date(Date.now() + 7 * DAY));
  expect(await reminders(o.id)).toHaveLength(2);
  await runOpportunityReminders(db, new Date(Date.now() + 7 * DAY));
  expect(await reminders(o.id)).toHaveLength(2);
  // Progress stops the reminders until the next interval has passed.
  await ok(sun.as, `mutation($id: ID!) { addOpportunityProgress(input: { opportunityId: $id, content: "上门演示" }) { id } }`, { id: o.id });
  await runOpportunityReminders(db);
  expect(await reminders(o.id)).toHaveLength(2);
});

test('two job runs at the same moment store exactly one reminder per due opportunity', async () => {
  const customer = await makeCustomer(db, sun.user);
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const o = (await createOpportunityCall(db, sun.as, { customerId: customer.id, name: `并发提醒${i}` })).data.createOpportunity;
    await age(o.id, 16 + i, 'MID_TERM');
    ids.push(o.id);
  }
  // On MariaDB the second run has its own DataSource (its own connections), as a second app instance would;
  // in-memory SQLite has one database per connection, so there both runs share the process's DataSource.
  const other = onMysql() ? await openDataSource() : db;
  try {
    const at = new Date();
    const results = await Promise.all([runOpportunityReminders(db, at), runOpportunityReminders(other, at)]);
    expect(results.every((r) => r.due >= 12)).toBe(true);
  } finally {
    if (other !== db) await other.destroy();
  }
  for (const id of ids) expect(await reminders(id)).toHaveLength(1);
});
