// The work report draft through the API: the kind's sections (日报 今日总结 / 明日计划 / 需协调 …) and the author's
// own numbers for the period — follow-ups written, new customers, opportunities whose stage moved, approved
// contracts and receivables — equal to what was planted for the author; records of colleagues, records outside the
// period, drafts and pending receivables, and records the author can no longer read are not counted; they equal the
// dashboard's figures for the same days; users without customer data get none; bad kind or date is BAD_USER_INPUT.
import { DataSource } from 'typeorm';
import { Customer, Opportunity, OpportunityProgress, User } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { actor, fieldsOf } from './followup-support';
import { DASHBOARD, at, contractOn, customerAt, followUpAt, opportunityAt, receivableOn } from './insight-support';
import { Company, makeCompany } from './task-support';

const FIGURES = 'from to followUps substantiveFollowUps newCustomers opportunitiesMoved stageChanges newContracts contractAmount receivables receivableAmount';
const DRAFT = `query($kind: ReportKind!, $date: String) { reportDraft(kind: $kind, date: $date) {
  kind periodStart periodEnd subject sections { section title } figures { ${FIGURES} } } }`;

let db: DataSource;
let co: Company;

/** A progress record written at a chosen time (a stage change when content starts 阶段变更：). */
async function progressAt(opportunity: Opportunity, author: User, when: Date, content: string) {
  const repo = db.getRepository(OpportunityProgress);
  const saved = await repo.save(repo.create({ opportunityId: opportunity.id, content, nextPlan: null, countsAsContact: false, stageId: opportunity.stageId, authorId: author.id }));
  await repo.update({ id: saved.id }, { createdAt: when });
}

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  const { li, sun, zhou, wang } = co;
  // ISO week 47 of 2026 runs Monday 16 to Sunday 22 November (Shanghai time). li's customers: two inside the week
  // (just after it starts, just before it ends), one the evening before, one just after; a deleted one inside.
  const mine: Customer[] = [];
  for (const when of ['2026-11-16 00:30', '2026-11-22 23:30']) mine.push(await customerAt(db, li.user, at(when)));
  await customerAt(db, li.user, at('2026-11-15 23:30'));
  await customerAt(db, li.user, at('2026-11-23 00:30'));
  await customerAt(db, li.user, at('2026-11-18 09:00'), { deletedAt: new Date() });
  const sunCustomer = await customerAt(db, sun.user, at('2026-11-17 09:00'));
  const zhouCustomer = await customerAt(db, zhou.user, at('2026-11-01 09:00'));

  // Follow-ups li wrote: three in the week (one substantive, one on the Monday); one on a customer that is now
  // zhou's, which li can no longer read; sun's follow-up is sun's, not li's.
  await followUpAt(db, 'customer', mine[0].id, li.user, at('2026-11-16 10:00'), true);
  await followUpAt(db, 'customer', mine[0].id, li.user, at('2026-11-19 10:00'));
  await followUpAt(db, 'customer', mine[1].id, li.user, at('2026-11-22 23:00'));
  await followUpAt(db, 'customer', mine[0].id, li.user, at('2026-11-13 10:00'));
  await followUpAt(db, 'customer', zhouCustomer.id, li.user, at('2026-11-17 10:00'), true);
  await followUpAt(db, 'customer', sunCustomer.id, sun.user, at('2026-11-17 11:00'));

  // Opportunities: li's first moved twice in the week by li, her second once by wang (still hers); a progress note
  // that is no stage change and a stage change the week before do not count; li moving sun's opportunity counts for sun.
  const first = await opportunityAt(db, mine[0], li.user, at('2026-11-02 09:00'));
  const second = await opportunityAt(db, mine[1], li.user, at('2026-11-02 09:00'));
  const third = await opportunityAt(db, mine[1], li.user, at('2026-11-02 09:00'));
  const suns = await opportunityAt(db, sunCustomer, sun.user, at('2026-11-02 09:00'));
  await progressAt(first, li.user, at('2026-11-16 09:00'), '阶段变更：初步接洽 → 需求确认');
  await progressAt(first, li.user, at('2026-11-20 09:00'), '阶段变更：需求确认 → 方案报价');
  await progressAt(second, wang.user, at('2026-11-21 09:00'), '阶段变更：需求确认 → 方案报价');
  await progressAt(third, li.user, at('2026-11-18 09:00'), '客户要求再次报价');
  await progressAt(third, li.user, at('2026-11-15 09:00'), '阶段变更：初步接洽 → 需求确认');
  await progressAt(suns, li.user, at('2026-11-18 09:00'), '阶段变更：初步接洽 → 需求确认');

  // Contracts by sign date (approved only) and their approved receivables by received date.
  const signed = await contractOn(db, mine[0], li.user, '2026-11-18', '1000.50');
  await contractOn(db, mine[1], li.user, '2026-11-19', '999.00', ContractStatus.DRAFT);
  await contractOn(db, mine[1], li.user, '2026-11-10', '700.00');
  await contractOn(db, sunCustomer, sun.user, '2026-11-18', '2000.00');
  await receivableOn(db, signed, '2026-11-20', '300.00');
  await receivableOn(db, signed, '2026-11-21', '50.00', ReceivableStatus.PENDING);
  await receivableOn(db, signed, '2026-11-24', '80.00');
});
afterAll(async () => closeTestDatabase(db));

const draft = async (as: Company['li']['as'], kind: string, date: string) => (await ok(as, DRAFT, { kind, date })).reportDraft;

test('a weekly draft counts exactly the author’s own records of the week', async () => {
  const d = await draft(co.li.as, 'WEEKLY', '2026-11-18');
  expect(d).toMatchObject({ kind: 'WEEKLY', periodStart: '2026-11-16', periodEnd: '2026-11-22', subject: '2026年第47周工作周报—李娜' });
  expect(d.figures).toEqual({
    from: '2026-11-16', to: '2026-11-22', followUps: 3, substantiveFollowUps: 1, newCustomers: 2, opportunitiesMoved: 2, stageChanges: 3,
    newContracts: 1, contractAmount: '1000.50', receivables: 1, receivableAmount: '300.00',
  });
});

test('a daily draft counts the day only and has the daily sections', async () => {
  const d = await draft(co.li.as, 'DAILY', '2026-11-16');
  expect(d.sections).toEqual([{ section: 'SUMMARY', title: '今日总结' }, { section: 'PLAN', title: '明日计划' }, { section: 'COORDINATION', title: '需协调' }]);
  expect(d.figures).toMatchObject({ from: '2026-11-16', to: '2026-11-16', followUps: 1, substantiveFollowUps: 1, newCustomers: 1, opportunitiesMoved: 1, stageChanges: 1, newContracts: 0, contractAmount: '0.00' });
});

test('every kind has its sections; a monthly draft counts the month', async () => {
  const titles = async (kind: string, date: string) => (await draft(co.li.as, kind, date)).sections.map((s: { title: string }) => s.title);
  expect(await titles('WEEKLY', '2026-11-18')).toEqual(['本周总结', '下周计划', '需协调']);
  expect(await titles('MONTHLY', '2026-11-18')).toEqual(['本月总结', '下月计划', '需协调']);
  expect(await titles('HALF_YEAR', '2026-11-18')).toEqual(['半年总结', '下半年计划', '需协调']);
  expect(await titles('ANNUAL', '2026-11-18')).toEqual(['全年总结', '明年计划', '需协调']);
  const month = await draft(co.li.as, 'MONTHLY', '2026-11-18');
  expect(month.figures).toMatchObject({ from: '2026-11-01', to: '2026-11-30', followUps: 4, newCustomers: 4, opportunitiesMoved: 3, stageChanges: 4, newContracts: 2, contractAmount: '1700.50', receivables: 2, receivableAmount: '380.00' });
});

test('the numbers are the dashboard’s figures for the author and the same days', async () => {
  const d = await draft(co.li.as, 'WEEKLY', '2026-11-18');
  const { brief } = (await ok(co.li.as, DASHBOARD, { filter: { preset: 'CUSTOM', from: '2026-11-16', to: '2026-11-22' } })).dashboard;
  expect(brief.current).toMatchObject({
    newCustomers: d.figures.newCustomers, followUps: d.figures.followUps, substantiveFollowUps: d.figures.substantiveFollowUps,
    newContracts: d.figures.newContracts, contractAmount: d.figures.contractAmount, receivables: d.figures.receivables, receivableAmount: d.figures.receivableAmount,
  });
});

test('a colleague’s draft counts their records, not the author’s; a leader’s counts only what they own', async () => {
  expect((await draft(co.sun.as, 'WEEKLY', '2026-11-18')).figures).toMatchObject({
    followUps: 1, newCustomers: 1, opportunitiesMoved: 1, stageChanges: 1, newContracts: 1, contractAmount: '2000.00', receivables: 0,
  });
  // wang reads all of li's records and moved one of her opportunities, but owns none of them and wrote no follow-up.
  expect((await draft(co.wang.as, 'WEEKLY', '2026-11-18')).figures).toMatchObject({ followUps: 0, newCustomers: 0, opportunitiesMoved: 0, newContracts: 0, receivables: 0 });
});

test('someone without customer data (the system administrator) gets the sections but no numbers', async () => {
  const admin = await actor(db, ['SYSTEM_ADMIN'], co.root);
  const d = await draft(admin.as, 'DAILY', '2026-11-16');
  expect(d.sections).toHaveLength(3);
  expect(d.figures).toBeNull();
});

test('bad input: a date that is not a date, a kind that does not exist', async () => {
  const badDate = await gql(co.li.as, DRAFT, { kind: 'DAILY', date: '2026-02-30' });
  expect(codeOf(badDate)).toBe('BAD_USER_INPUT');
  expect(fieldsOf(badDate)).toEqual(['date']);
  expect(codeOf(await gql(co.li.as, DRAFT, { kind: 'FORTNIGHTLY', date: '2026-11-16' }))).toBe('BAD_USER_INPUT');
});
