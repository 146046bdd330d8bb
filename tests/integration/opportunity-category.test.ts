// The category, stage and date rules of SPEC 3.5, stage settings, and WON from the contracts module:
// every category with allowed and refused stages and dates, through create, update and updateOpportunityCategory.
import { DataSource } from 'typeorm';
import { AuditLog, Notification, Opportunity, OpportunityProgress } from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { markOpportunityWon } from '@/lib/opportunity/opportunity.service';
import { categoryErrors } from '@/lib/opportunity/opportunity.rules';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { Actor, actor, expectUnchanged } from './org-support';
import { badFields, createOpportunityCall, daysAhead, monthsAhead, stageId, today } from './opportunity-support';

let db: DataSource;
let admin: Actor;
let li: Actor;
let it: Actor;

beforeAll(async () => {
  db = await openTestDatabase();
  admin = await actor(db, ['SUPER_ADMIN']);
  li = await actor(db, ['SALES']);
  it = await actor(db, ['SYSTEM_ADMIN']);
});
afterAll(async () => closeTestDatabase(db));

const CATEGORY = `mutation($id: ID!, $input: UpdateOpportunityCategoryInput!) {
  updateOpportunityCategory(id: $id, input: $input) { id category stage { sort } expectedCloseDate lostReason closedAt followUpDueAt } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateOpportunityInput!) { updateOpportunity(id: $id, input: $input) { id stage { sort } expectedCloseDate } }`;

/** [category, stage number, expected close date, lost reason, accepted?] */
type Case = [string, number, () => string, string | null, boolean];
const CASES: Case[] = [
  ['SHORT_TERM', 3, () => monthsAhead(3), null, true],
  ['SHORT_TERM', 9, () => today(), null, true],
  ['SHORT_TERM', 2, () => monthsAhead(1), null, false],
  ['SHORT_TERM', 10, () => monthsAhead(1), null, false],
  ['SHORT_TERM', 0, () => monthsAhead(1), null, false],
  ['SHORT_TERM', 5, () => monthsAheadPlusDay(3), null, false],
  ['SHORT_TERM', 5, () => daysAhead(-1), null, false],
  ['MID_TERM', 2, () => monthsAhead(12), null, true],
  ['MID_TERM', 8, () => monthsAhead(4), null, true],
  ['MID_TERM', 1, () => monthsAhead(4), null, false],
  ['MID_TERM', 4, () => monthsAheadPlusDay(12), null, false],
  ['MID_TERM', 4, () => daysAhead(-1), null, false],
  ['LONG_TERM', 1, () => monthsAhead(30), null, true],
  ['LONG_TERM', 1, () => monthsAhead(2), null, true],
  ['LONG_TERM', 2, () => monthsAhead(30), null, false],
  ['LONG_TERM', 0, () => monthsAhead(30), null, false],
  ['LONG_TERM', 1, () => daysAhead(-3), null, false],
  ['LOST', 0, () => daysAhead(-30), '客户预算取消', true],
  ['LOST', 0, () => monthsAhead(1), null, false],
  ['LOST', 0, () => monthsAhead(1), '   ', false],
  ['LOST', 3, () => monthsAhead(1), '被竞争对手拿下', false],
  ['WON', 10, () => today(), null, true],
  ['WON', 9, () => today(), null, false],
];

function monthsAheadPlusDay(months: number) {
  const d = new Date(`${monthsAhead(months)}T00:00:00Z`);
  return new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
}

describe('creating checks category, stage and date together', () => {
  test.each(CASES.map((c, i) => [i, ...c] as const))('case %i: %s at stage %i', async (_i, category, sort, date, lostReason, accepted) => {
    const customer = await makeCustomer(db, li.user);
    const result = await createOpportunityCall(db, li.as, { customerId: customer.id, category, stage: await stageId(db, sort), expectedCloseDate: date(), lostReason });
    if (accepted) {
      expect(result.errors).toBeUndefined();
      expect(result.data.createOpportunity).toMatchObject({ category, stage: { sort }, expectedCloseDate: date() });
    } else {
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(badFields(result).length).toBeGreaterThan(0);
    }
  });

  test('each refusal names the field at fault', async () => {
    const customer = await makeCustomer(db, li.user);
    const wrongStage = await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'SHORT_TERM', stage: await stageId(db, 2), expectedCloseDate: monthsAhead(1) });
    expect(badFields(wrongStage)).toEqual(['stageId']);
    const tooLate = await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'SHORT_TERM', stage: await stageId(db, 3), expectedCloseDate: monthsAheadPlusDay(3) });
    expect(badFields(tooLate)).toEqual(['expectedCloseDate']);
    const noReason = await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'LOST', stage: await stageId(db, 0), expectedCloseDate: today() });
    expect(badFields(noReason)).toEqual(['lostReason']);
    const unknownStage = await createOpportunityCall(db, li.as, { customerId: customer.id, stage: '987654' });
    expect(badFields(unknownStage)).toEqual(['stageId']);
  });

  test('the rules themselves at the month-end boundary: 30 November + 3 months is 28 February', () => {
    const stage = (sort: number) => ({ id: sort + 1, name: `s${sort}`, probability: sort * 10, sort, enabled: true, createdAt: new Date(), updatedAt: new Date() });
    const check = (category: OpportunityCategory, sort: number, date: string) =>
      categoryErrors({ category, stage: stage(sort), expectedCloseDate: date, lostReason: null }, { finalSort: 10, today: '2026-11-30' });
    const fields = (e: ReturnType<typeof check>) => { try { e.throwIfAny(); return []; } catch (error) { return ((error as { details: { fields: { field: string }[] } }).details.fields).map((f) => f.field); } };
    expect(fields(check(OpportunityCategory.SHORT_TERM, 3, '2027-02-28'))).toEqual([]);
    expect(fields(check(OpportunityCategory.SHORT_TERM, 3, '2027-03-01'))).toEqual(['expectedCloseDate']);
    expect(fields(check(OpportunityCategory.MID_TERM, 2, '2027-11-30'))).toEqual([]);
    expect(fields(check(OpportunityCategory.MID_TERM, 2, '2027-12-01'))).toEqual(['expectedCloseDate']);
    expect(fields(check(OpportunityCategory.MID_TERM, 2, '2026-11-29'))).toEqual(['expectedCloseDate']);
    expect(fields(check(OpportunityCategory.LONG_TERM, 1, '2030-01-01'))).toEqual([]);
  });
});

describe('changing the category', () => {
  test('category, stage and expected date change together; a missing date or an unfit stage is refused and nothing changes', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'LONG_TERM', stage: await stageId(db, 1), expectedCloseDate: monthsAhead(18) })).data.createOpportunity;
    const three = await stageId(db, 3);
    const noDate = await expectUnchanged(db, () => gql(li.as, CATEGORY, { id: o.id, input: { category: 'SHORT_TERM', stageId: three } }));
    expect(badFields(noDate)).toEqual(['expectedCloseDate']);
    const lowStage = await gql(li.as, CATEGORY, { id: o.id, input: { category: 'SHORT_TERM', stageId: await stageId(db, 1), expectedCloseDate: monthsAhead(1) } });
    expect(badFields(lowStage)).toEqual(['stageId']);
    const changed = (await ok(li.as, CATEGORY, { id: o.id, input: { category: 'SHORT_TERM', stageId: await stageId(db, 3), expectedCloseDate: monthsAhead(2) } })).updateOpportunityCategory;
    expect(changed).toMatchObject({ category: 'SHORT_TERM', stage: { sort: 3 }, expectedCloseDate: monthsAhead(2), closedAt: null });
    const stored = await db.getRepository(Opportunity).findOneByOrFail({ id: Number(o.id) });
    expect(Math.round((stored.followUpDueAt!.getTime() - stored.createdAt.getTime()) / 86_400_000)).toBe(7);
    const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'opportunity', entityId: Number(o.id), action: 'category' });
    expect(entry.changes).toMatchObject({ category: ['LONG_TERM', 'SHORT_TERM'], expectedCloseDate: [monthsAhead(18), monthsAhead(2)] });
  });

  test('LOST needs a reason, closes the opportunity, stops reminders and writes the stage change and the reason as progress records; it can be reopened', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    expect(badFields(await gql(li.as, CATEGORY, { id: o.id, input: { category: 'LOST', stageId: await stageId(db, 0), expectedCloseDate: today() } }))).toEqual(['lostReason']);
    const lost = (await ok(li.as, CATEGORY, { id: o.id, input: { category: 'LOST', stageId: await stageId(db, 0), expectedCloseDate: today(), lostReason: '项目取消' } })).updateOpportunityCategory;
    expect(lost).toMatchObject({ category: 'LOST', lostReason: '项目取消', followUpDueAt: null, stage: { sort: 0 } });
    expect(lost.closedAt).not.toBeNull();
    const progress = await db.getRepository(OpportunityProgress).find({ where: { opportunityId: Number(o.id) }, order: { id: 'ASC' } });
    // Every stage change is a progress record naming both stages (issue 11 item 6), then the reason.
    expect(progress.map((p) => p.content)).toEqual(['阶段变更：已报财务计划的大致时间 → 中途放弃或失败', '放弃/丢单原因：项目取消']);
    const reopened = (await ok(li.as, CATEGORY, { id: o.id, input: { category: 'MID_TERM', stageId: await stageId(db, 2), expectedCloseDate: monthsAhead(5) } })).updateOpportunityCategory;
    expect(reopened).toMatchObject({ category: 'MID_TERM', lostReason: null, closedAt: null });
    expect(reopened.followUpDueAt).not.toBeNull();
  });

  test('WON by hand needs the final stage; a WON opportunity is never reopened', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    expect(badFields(await gql(li.as, CATEGORY, { id: o.id, input: { category: 'WON', stageId: await stageId(db, 9), expectedCloseDate: today() } }))).toEqual(['stageId']);
    await ok(li.as, CATEGORY, { id: o.id, input: { category: 'WON', stageId: await stageId(db, 10), expectedCloseDate: today() } });
    const reopen = await gql(li.as, CATEGORY, { id: o.id, input: { category: 'SHORT_TERM', stageId: await stageId(db, 5), expectedCloseDate: monthsAhead(1) } });
    expect(badFields(reopen)).toEqual(['category']);
  });

  test('outside the scope it is NOT_FOUND, and without opportunity:update FORBIDDEN', async () => {
    const other = await actor(db, ['SALES']);
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    const input = { category: 'SHORT_TERM', stageId: await stageId(db, 3), expectedCloseDate: monthsAhead(1) };
    expect(codeOf(await gql(other.as, CATEGORY, { id: o.id, input }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(it.as, CATEGORY, { id: o.id, input }))).toBe('FORBIDDEN');
  });
});

describe('updating stage or date within the category', () => {
  test('the stage and the date are judged against the current category; a date kept from before is not re-judged', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'SHORT_TERM', stage: await stageId(db, 3), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
    expect((await ok(li.as, UPDATE, { id: o.id, input: { stageId: await stageId(db, 6) } })).updateOpportunity.stage.sort).toBe(6);
    expect(badFields(await gql(li.as, UPDATE, { id: o.id, input: { stageId: await stageId(db, 2) } }))).toEqual(['stageId']);
    expect(badFields(await gql(li.as, UPDATE, { id: o.id, input: { expectedCloseDate: monthsAhead(5) } }))).toEqual(['expectedCloseDate']);
    expect(badFields(await gql(li.as, UPDATE, { id: o.id, input: { expectedCloseDate: '' } }))).toEqual(['expectedCloseDate']);
    // The expected date has passed since (overdue): moving the stage on is still allowed.
    await db.getRepository(Opportunity).update({ id: Number(o.id) }, { expectedCloseDate: daysAhead(-10) });
    expect((await ok(li.as, UPDATE, { id: o.id, input: { stageId: await stageId(db, 7) } })).updateOpportunity).toMatchObject({ stage: { sort: 7 }, expectedCloseDate: daysAhead(-10) });
  });
});

describe('stage settings', () => {
  const CREATE = `mutation($input: OpportunityStageInput!) { createOpportunityStage(input: $input) { id name probability sort enabled } }`;
  const UPDATE_STAGE = `mutation($id: ID!, $input: OpportunityStageInput!) { updateOpportunityStage(id: $id, input: $input) { id name probability sort enabled } }`;

  test('the default set 0–10 with probabilities 0–100% is there on first start, readable by everyone', async () => {
    const stages = (await ok(li.as, '{ opportunityStages { sort probability enabled } }')).opportunityStages;
    expect(stages.slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => ({ sort: i, probability: i * 10, enabled: true })));
  });

  test('system:settings creates and updates stages; others are FORBIDDEN; probability and number are checked; numbers are unique', async () => {
    expect(codeOf(await gql(li.as, CREATE, { input: { name: '样机测试', probability: 35, sort: 11 } }))).toBe('FORBIDDEN');
    const created = (await ok(it.as, CREATE, { input: { name: '样机测试', probability: 35, sort: 11 } })).createOpportunityStage;
    expect(created).toMatchObject({ name: '样机测试', probability: 35, sort: 11, enabled: true });
    const bad = await gql(it.as, CREATE, { input: { name: '', probability: 101, sort: -1 } });
    expect(badFields(bad).sort()).toEqual(['name', 'probability', 'sort']);
    expect(codeOf(await gql(it.as, CREATE, { input: { name: '重复', probability: 10, sort: 11 } }))).toBe('CONFLICT');
    const renamed = (await ok(it.as, UPDATE_STAGE, { id: created.id, input: { name: '样机试用', probability: 36 } })).updateOpportunityStage;
    expect(renamed).toMatchObject({ name: '样机试用', probability: 36 });
    expect(codeOf(await gql(it.as, UPDATE_STAGE, { id: created.id, input: { sort: 5 } }))).toBe('CONFLICT');
    expect(codeOf(await gql(it.as, UPDATE_STAGE, { id: '987654', input: { name: 'x' } }))).toBe('NOT_FOUND');
    expect((await db.getRepository(AuditLog).findBy({ entityType: 'opportunity_stage', entityId: Number(created.id) })).map((e) => e.action)).toEqual(['create', 'update']);
    // Stage 11 is now the last enabled stage: WON needs it; disabling it makes 10 final again.
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id })).data.createOpportunity;
    expect(badFields(await gql(li.as, CATEGORY, { id: o.id, input: { category: 'WON', stageId: await stageId(db, 10), expectedCloseDate: today() } }))).toEqual(['stageId']);
    await ok(it.as, UPDATE_STAGE, { id: created.id, input: { enabled: false } });
    const disabled = await gql(li.as, UPDATE, { id: o.id, input: { stageId: created.id } });
    expect(badFields(disabled)).toEqual(['stageId']);
    await ok(li.as, CATEGORY, { id: o.id, input: { category: 'WON', stageId: await stageId(db, 10), expectedCloseDate: today() } });
  });
});

describe('WON from the contracts module', () => {
  test('markOpportunityWon sets WON at the final stage, closes it, tells the owner once, and is idempotent', async () => {
    const customer = await makeCustomer(db, li.user);
    const o = (await createOpportunityCall(db, li.as, { customerId: customer.id, category: 'SHORT_TERM', stage: await stageId(db, 8), expectedCloseDate: monthsAhead(1) })).data.createOpportunity;
    const id = Number(o.id);
    const actorRef = { userId: admin.user.id, ip: null, requestId: null };
    expect(await db.transaction((m) => markOpportunityWon(m, id, actorRef))).toBe(true);
    expect(await db.transaction((m) => markOpportunityWon(m, id, actorRef))).toBe(false);
    const stored = await db.getRepository(Opportunity).findOneByOrFail({ id });
    expect(stored).toMatchObject({ category: 'WON', followUpDueAt: null, lostReason: null });
    expect(stored.closedAt).not.toBeNull();
    const view = (await ok(li.as, `query($id: ID!) { opportunity(id: $id) { stage { sort probability } } }`, { id: o.id })).opportunity;
    expect(view.stage).toEqual({ sort: 10, probability: 100 });
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'opportunity', entityId: id, action: 'won' })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ userId: li.user.id, kind: 'opportunity.won', entityId: id })).toBe(1);
    await db.getRepository(Opportunity).update({ id }, { deletedAt: new Date() });
    expect(await db.transaction((m) => markOpportunityWon(m, 987654))).toBe(false);
  });
});
