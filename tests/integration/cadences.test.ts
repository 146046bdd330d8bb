// Reminder cadences as settings (issue 13 item 5): everyone reads them, system:settings changes them (bad values are
// BAD_USER_INPUT on their field; audited with before/after), and the reminders follow them — opportunity follow-up
// intervals per category (open opportunities re-timed at once), the default lead time of payment plans, how many
// days ahead tasks are reminded, and how long before a follow-up's next contact its reminder fires.
import { DataSource } from 'typeorm';
import { AuditLog, CadenceSettings, Contract, Notification, Opportunity, PaymentPlan, ScheduleEntry } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { addDays, todayIn } from '@/lib/contract/dates';
import { runOpportunityReminders } from '@/lib/jobs/opportunity-reminders';
import { runPaymentPlanReminders } from '@/lib/jobs/payment-plan-reminders';
import { runReminders } from '@/lib/jobs/reminders';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { Actor, actor, fieldsOf } from './org-support';
import { createOpportunityCall, monthsAhead, stageId } from './opportunity-support';
import { logFollowUp } from './followup-support';
import { CREATE_TASK, hoursFromNow } from './task-support';

const DAY = 86_400_000;
let db: DataSource;
let it: Actor;
let li: Actor;
let wang: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  it = await actor(db, ['SYSTEM_ADMIN']);
  li = await actor(db, ['SALES']);
  wang = await actor(db, ['DEPT_MANAGER']);
});
afterAll(async () => closeTestDatabase(db));

const FIELDS = 'shortTermFollowUpDays midTermFollowUpDays longTermFollowUpDays paymentPlanReminderDays taskReminderDays followUpReminderMinutes';
const READ = `{ cadenceSettings { ${FIELDS} } }`;
const UPDATE = `mutation($input: UpdateCadenceSettingsInput!) { updateCadenceSettings(input: $input) { ${FIELDS} } }`;
const set = (input: Record<string, number>) => ok(it.as, UPDATE, { input });

test('the defaults are seed 002’s 7/15/15 days, 3 days ahead for payment plans, tasks on their due day, 15 minutes before a contact; everyone reads them', async () => {
  expect((await ok(li.as, READ)).cadenceSettings).toEqual({
    shortTermFollowUpDays: 7, midTermFollowUpDays: 15, longTermFollowUpDays: 15, paymentPlanReminderDays: 3, taskReminderDays: 0, followUpReminderMinutes: 15,
  });
});

test('only system:settings changes them; out-of-range values are BAD_USER_INPUT on their field; a change is audited with before/after', async () => {
  expect(codeOf(await gql(li.as, UPDATE, { input: { shortTermFollowUpDays: 5 } }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(wang.as, UPDATE, { input: { shortTermFollowUpDays: 5 } }))).toBe('FORBIDDEN');
  const bad = async (input: Record<string, number>) => {
    const result = await gql(it.as, UPDATE, { input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    return fieldsOf(result);
  };
  expect(await bad({ shortTermFollowUpDays: 0 })).toEqual(['shortTermFollowUpDays']);
  expect(await bad({ longTermFollowUpDays: 366, paymentPlanReminderDays: -1 })).toEqual(['longTermFollowUpDays', 'paymentPlanReminderDays']);
  expect(await bad({ taskReminderDays: 31 })).toEqual(['taskReminderDays']);
  expect(await bad({ followUpReminderMinutes: -5 })).toEqual(['followUpReminderMinutes']);
  expect(await db.getRepository(CadenceSettings).count()).toBe(0);
  await set({ midTermFollowUpDays: 20 });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'cadence_settings', action: 'update' });
  expect(entry.actorId).toBe(it.user.id);
  expect(entry.changes).toEqual({ midTermFollowUpDays: [15, 20] });
  await set({ midTermFollowUpDays: 15 });
});

test('a shorter follow-up interval re-times open opportunities of that category at once, and the reminder job uses it', async () => {
  const customer = await makeCustomer(db, li.user);
  const short = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '短线4天', category: 'SHORT_TERM', stage: await stageId(db, 3), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
  const mid = (await createOpportunityCall(db, li.as, { customerId: customer.id, name: '中线4天' })).data.createOpportunity;
  const since = new Date(Date.now() - 4 * DAY);
  for (const [id, days] of [[short.id, 7], [mid.id, 15]] as const) {
    await db.getRepository(Opportunity).update({ id: Number(id) }, { createdAt: since, lastProgressAt: null, followUpDueAt: new Date(since.getTime() + days * DAY) });
  }
  await runOpportunityReminders(db);
  const reminders = () => db.getRepository(Notification).findBy({ kind: 'opportunity.followup', userId: li.user.id });
  expect(await reminders()).toHaveLength(0); // 4 days: not due at 7

  await set({ shortTermFollowUpDays: 3 });
  const retimed = await db.getRepository(Opportunity).findOneByOrFail({ id: Number(short.id) });
  // DATETIME keeps whole seconds (MariaDB truncates, SQLite keeps milliseconds): compare within a second.
  expect(Math.abs(retimed.followUpDueAt!.getTime() - (since.getTime() + 3 * DAY))).toBeLessThan(1000);
  const untouched = await db.getRepository(Opportunity).findOneByOrFail({ id: Number(mid.id) });
  expect(Math.abs(untouched.followUpDueAt!.getTime() - (since.getTime() + 15 * DAY))).toBeLessThan(1000);
  const entry = await db.getRepository(AuditLog).findOneOrFail({ where: { entityType: 'cadence_settings', action: 'update' }, order: { id: 'DESC' } });
  expect(entry.changes).toMatchObject({ shortTermFollowUpDays: [7, 3], retimedOpportunities: expect.any(Number) });

  expect(await runOpportunityReminders(db)).toEqual({ due: 1, reminded: 1 });
  const [sent] = await reminders();
  expect(sent).toMatchObject({ entityId: Number(short.id), title: '商机「短线4天」已 3 天未跟进', body: '请填写进展记录（3 天提醒一次）' });
  // A progress record restarts the clock with the new interval too.
  await ok(li.as, 'mutation($id: ID!) { addOpportunityProgress(input: { opportunityId: $id, content: "电话沟通" }) { id } }', { id: short.id });
  const after = await db.getRepository(Opportunity).findOneByOrFail({ id: Number(short.id) });
  expect(after.followUpDueAt!.getTime() - after.lastProgressAt!.getTime()).toBe(3 * DAY);
  await set({ shortTermFollowUpDays: 7 });
});

test('payment plans without their own lead time follow the default; plans with one keep theirs', async () => {
  const customer = await makeCustomer(db, li.user);
  const contract = await db.getRepository(Contract).save(db.getRepository(Contract).create({
    code: 'HT-CAD-1', title: '提醒周期测试', customerId: customer.id, amount: '900.00', status: ContractStatus.APPROVED, ownerId: li.user.id, createdById: li.user.id,
  }));
  const today = todayIn();
  const created = (await ok(li.as, 'mutation($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id reminderDays } }', {
    input: { contractId: String(contract.id), amount: '300.00', plannedDate: addDays(today, 5) },
  })).createPaymentPlan;
  expect(created.reminderDays).toBeNull();
  await db.getRepository(PaymentPlan).insert({ contractId: contract.id, term: 2, amount: '300.00', plannedDate: addDays(today, 4), reminderDays: 1, createdById: li.user.id });
  expect(await runPaymentPlanReminders(db)).toEqual({ due: 0, reminded: 0 }); // 5 days ahead, 3 by default

  await set({ paymentPlanReminderDays: 5 });
  expect(await runPaymentPlanReminders(db)).toEqual({ due: 1, reminded: 1 });
  const sent = await db.getRepository(Notification).findBy({ kind: 'payment_plan.due', userId: li.user.id });
  expect(sent.map((n) => (n.data as { paymentPlanId: number }).paymentPlanId)).toEqual([Number(created.id)]);
  await set({ paymentPlanReminderDays: 3 });
});

test('tasks are reminded the configured number of days before their due day', async () => {
  const make = async (title: string, dueAt: string) => (await ok(wang.as, CREATE_TASK, { input: { title, dueAt, assigneeId: String(li.user.id) } })).createTask;
  const soon = await make('两天后到期', hoursFromNow(36));
  const later = await make('五天后到期', hoursFromNow(24 * 5));
  const reminded = () => db.getRepository(Notification).findBy({ kind: 'task.due', userId: li.user.id });
  expect((await runReminders(db)).tasks.claimed).toBe(0); // on the due day only

  await set({ taskReminderDays: 2 });
  expect((await runReminders(db)).tasks.claimed).toBe(1);
  const [sent] = await reminded();
  expect(sent.entityId).toBe(Number(soon.id));
  expect(sent.title).toContain('任务即将到期：两天后到期');
  expect((await reminded()).some((n) => n.entityId === Number(later.id))).toBe(false);
  await set({ taskReminderDays: 0 });
});

test('a follow-up’s next contact is reminded the configured minutes before', async () => {
  await set({ followUpReminderMinutes: 60 });
  const customer = await makeCustomer(db, li.user);
  const at = new Date(Math.ceil((Date.now() + 5 * 3_600_000) / 1000) * 1000);
  const followUp = await logFollowUp(li.as, 'customer', customer.id, { nextContactAt: at.toISOString() });
  const entry = await db.getRepository(ScheduleEntry).findOneByOrFail({ followUpId: Number(followUp.id) });
  expect(entry.reminderMinutes).toBe(60);
  expect(entry.remindAt!.getTime()).toBe(at.getTime() - 60 * 60_000);
});
