// KPI targets and the dashboard's other sections through the API: who may set targets (and the answers for
// everyone else), validation, the roll-up (a department without its own target sums its members', a quarter
// sums its months, clearing falls back), target / actual / completion per selection and per person, the funnel
// (by stage, category, weighted, won and lost apart, conversion from the audited stage history), the 12-month
// trend against the year before, and the rankings of people and departments.
import { DataSource } from 'typeorm';
import { AuditLog, Customer } from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok } from '../support/api';
import { Company, makeCompany } from './task-support';
import { fieldsOf } from './followup-support';
import { KPI, at, contractOn, customerAt, opportunityAt, stageBySort } from './insight-support';

let db: DataSource;
let co: Company;
const MARCH = { preset: 'CUSTOM', from: '2025-03-01', to: '2025-03-31' };
const Q1 = { preset: 'CUSTOM', from: '2025-01-01', to: '2025-03-31' };
const SET = `mutation($input: SetKpiTargetsInput!) { setKpiTargets(input: $input) { subjectName editable own { month metric value } } }`;
const SHEET = `query($type: KpiSubject!, $id: ID!, $year: Int!) { kpiTargets(subjectType: $type, subjectId: $id, year: $year) {
  subjectName editable own { month metric value } effective { month metric value } } }`;

const set = (as: As, subjectType: string, subjectId: number, values: { month: number; metric: string; value: string | null }[]) =>
  gql(as, SET, { input: { subjectType, subjectId: String(subjectId), year: 2025, values } });
type Figure = { metric: string; target: string | null; actual: string; completion: number | null };
const kpi = async (as: As, filter: Record<string, unknown>) => (await ok(as, KPI, { filter })).dashboard.kpi;
const metric = (figures: Figure[], name: string) => figures.find((f) => f.metric === name);

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  const liCustomers: Customer[] = [];
  for (const when of ['2025-03-02 10:00', '2025-03-03 10:00', '2025-03-04 10:00']) liCustomers.push(await customerAt(db, co.li.user, at(when)));
  const zhouCustomer = await customerAt(db, co.zhou.user, at('2025-03-05 10:00'));
  await contractOn(db, liCustomers[0], co.li.user, '2025-03-10', '5000.00');
  await contractOn(db, zhouCustomer, co.zhou.user, '2025-03-20', '800.00');
  await contractOn(db, zhouCustomer, co.zhou.user, '2024-03-05', '800.00');
  await contractOn(db, liCustomers[1], co.sun.user, '2025-02-15', '2000.00');
});
afterAll(async () => closeTestDatabase(db));

describe('setting targets', () => {
  test('the super administrator sets any department or person; a manager his people, not himself or others', async () => {
    expect(codeOf(await set(co.boss.as, 'DEPARTMENT', co.north.id, [{ month: 3, metric: 'CONTRACT_AMOUNT', value: '10000' }]))).toBeUndefined();
    expect((await ok(co.boss.as, SET, { input: { subjectType: 'USER', subjectId: String(co.li.user.id), year: 2025, values: [
      { month: 3, metric: 'CONTRACT_AMOUNT', value: '3000' }, { month: 1, metric: 'CONTRACT_AMOUNT', value: '1000.00' }, { month: 3, metric: 'NEW_CUSTOMERS', value: '5' },
    ] } })).setKpiTargets.own).toEqual([
      { month: '2025-01', metric: 'CONTRACT_AMOUNT', value: '1000.00' }, { month: '2025-03', metric: 'CONTRACT_AMOUNT', value: '3000.00' }, { month: '2025-03', metric: 'NEW_CUSTOMERS', value: '5' },
    ]);
    expect(codeOf(await set(co.wang.as, 'USER', co.sun.user.id, [{ month: 3, metric: 'CONTRACT_AMOUNT', value: '2000' }]))).toBeUndefined();
    expect(codeOf(await set(co.wang.as, 'USER', co.wang.user.id, [{ month: 3, metric: 'CONTRACT_AMOUNT', value: '1' }]))).toBe('FORBIDDEN');
    expect(codeOf(await set(co.li.as, 'USER', co.li.user.id, [{ month: 3, metric: 'CONTRACT_AMOUNT', value: '99999' }]))).toBe('FORBIDDEN');
    for (const [type, id] of [['DEPARTMENT', co.south.id], ['USER', co.zhou.user.id], ['DEPARTMENT', 987654]] as const) {
      const result = await set(co.wang.as, type, id, [{ month: 3, metric: 'CONTRACT_AMOUNT', value: '1' }]);
      expect([codeOf(result), fieldsOf(result)]).toEqual(['BAD_USER_INPUT', ['subjectId']]);
    }
    const audited = await db.getRepository(AuditLog).findBy({ action: 'targets', entityType: 'user', entityId: co.sun.user.id });
    expect(audited).toHaveLength(1);
    expect(audited[0].actorId).toBe(co.wang.user.id);
    expect(audited[0].changes).toEqual({ kpiTargets: { '2025-03 CONTRACT_AMOUNT': [null, '2000.00'] } });
  });

  test('a negative target, a fraction of a count, a month out of range and a repeated cell are refused by field', async () => {
    const bad = async (values: { month: number; metric: string; value: string | null }[]) => {
      const result = await set(co.boss.as, 'USER', co.li.user.id, values);
      return [codeOf(result), fieldsOf(result)];
    };
    expect(await bad([{ month: 3, metric: 'CONTRACT_AMOUNT', value: '-1' }])).toEqual(['BAD_USER_INPUT', ['values.0.value']]);
    expect(await bad([{ month: 3, metric: 'CONTRACT_AMOUNT', value: '1' }, { month: 4, metric: 'FOLLOW_UPS', value: '2.5' }])).toEqual(['BAD_USER_INPUT', ['values.1.value']]);
    expect(await bad([{ month: 13, metric: 'CONTRACT_AMOUNT', value: '1' }])).toEqual(['BAD_USER_INPUT', ['values.0.month']]);
    expect(await bad([{ month: 3, metric: 'FOLLOW_UPS', value: '1' }, { month: 3, metric: 'FOLLOW_UPS', value: '2' }])).toEqual(['BAD_USER_INPUT', ['values.1']]);
    expect(await bad([{ month: 3, metric: 'CONTRACT_AMOUNT', value: 'abc' }])).toEqual(['BAD_USER_INPUT', ['values.0.value']]);
    // Nothing of a refused call is stored.
    const sheet = (await ok(co.boss.as, SHEET, { type: 'USER', id: String(co.li.user.id), year: 2025 })).kpiTargets;
    expect(sheet.own.find((c: { month: string; metric: string }) => c.month === '2025-04')).toBeUndefined();
  });

  test('the target sheet: readable by the person and their leaders, editable by the leaders only', async () => {
    const sheet = async (as: As) => (await ok(as, SHEET, { type: 'USER', id: String(co.li.user.id), year: 2025 })).kpiTargets;
    expect((await sheet(co.li.as)).editable).toBe(false);
    expect((await sheet(co.wang.as)).editable).toBe(true);
    const effective = (await sheet(co.li.as)).effective as { month: string; metric: string; value: string | null }[];
    expect(effective.find((c) => c.month === '2025-03' && c.metric === 'CONTRACT_AMOUNT')?.value).toBe('3000.00');
    expect(effective.find((c) => c.month === '2025-02' && c.metric === 'CONTRACT_AMOUNT')?.value).toBeNull();
    const north = (await ok(co.wang.as, SHEET, { type: 'DEPARTMENT', id: String(co.beijing.id), year: 2025 })).kpiTargets;
    expect(north.effective.find((c: { month: string; metric: string }) => c.month === '2025-03' && c.metric === 'CONTRACT_AMOUNT').value).toBe('5000.00');
    const result = await gql(co.zhou.as, SHEET, { type: 'USER', id: String(co.li.user.id), year: 2025 });
    expect([codeOf(result), fieldsOf(result)]).toEqual(['BAD_USER_INPUT', ['subjectId']]);
  });
});

describe('target, actual and completion', () => {
  test('a department without its own target sums its members; one with its own uses it; a quarter sums its months', async () => {
    const beijing = await kpi(co.boss.as, { ...MARCH, departmentId: String(co.beijing.id) });
    expect(beijing.months).toEqual(['2025-03']);
    expect(metric(beijing.figures, 'CONTRACT_AMOUNT')).toEqual({ metric: 'CONTRACT_AMOUNT', target: '5000.00', actual: '5000.00', completion: 1 });
    expect(metric((await kpi(co.boss.as, { ...MARCH, departmentId: String(co.north.id) })).figures, 'CONTRACT_AMOUNT')?.target).toBe('10000.00');
    // Everyone: the root has no target of its own, so its children's (华北 10000, 华南 none) count.
    expect(metric((await kpi(co.boss.as, MARCH)).figures, 'CONTRACT_AMOUNT')).toMatchObject({ target: '10000.00', actual: '5800.00', completion: 0.58 });
    expect(metric((await kpi(co.wang.as, MARCH)).figures, 'CONTRACT_AMOUNT')).toMatchObject({ target: '10000.00', actual: '5000.00', completion: 0.5 });
    const li = await kpi(co.li.as, MARCH);
    expect(metric(li.figures, 'CONTRACT_AMOUNT')).toMatchObject({ target: '3000.00', actual: '5000.00' });
    expect(metric(li.figures, 'NEW_CUSTOMERS')).toEqual({ metric: 'NEW_CUSTOMERS', target: '5', actual: '3', completion: 0.6 });
    expect(metric(li.figures, 'FOLLOW_UPS')).toEqual({ metric: 'FOLLOW_UPS', target: null, actual: '0', completion: null });
    // Q1: li 1000 + 3000; 华北 January has no own target (its members': li 1000) + March's own 10000.
    expect(metric((await kpi(co.li.as, Q1)).figures, 'CONTRACT_AMOUNT')?.target).toBe('4000.00');
    expect(metric((await kpi(co.boss.as, { ...Q1, departmentId: String(co.north.id) })).figures, 'CONTRACT_AMOUNT')?.target).toBe('11000.00');
  });

  test('a short period counts its whole months; each person of the selection has a row', async () => {
    const week = await kpi(co.wang.as, { preset: 'CUSTOM', from: '2025-03-10', to: '2025-03-12' });
    expect(week.months).toEqual(['2025-03']);
    expect(metric(week.figures, 'CONTRACT_AMOUNT')?.actual).toBe('5000.00');
    const rows = Object.fromEntries(week.people.map((r: { person: { username: string }; figures: Figure[] }) => [r.person.username, r.figures]));
    expect(Object.keys(rows).sort()).toEqual([co.li.user.username, co.sun.user.username, co.wang.user.username].sort());
    expect(metric(rows[co.li.user.username], 'CONTRACT_AMOUNT')).toMatchObject({ target: '3000.00', actual: '5000.00' });
    expect(metric(rows[co.sun.user.username], 'CONTRACT_AMOUNT')).toMatchObject({ target: '2000.00', actual: '0.00', completion: 0 });
    expect(week.people[0].person.username).toBe(co.li.user.username);
  });

  test('clearing a department target falls back to the sum of its members', async () => {
    expect(codeOf(await set(co.boss.as, 'DEPARTMENT', co.north.id, [{ month: 3, metric: 'CONTRACT_AMOUNT', value: null }]))).toBeUndefined();
    expect(metric((await kpi(co.boss.as, { ...MARCH, departmentId: String(co.north.id) })).figures, 'CONTRACT_AMOUNT')?.target).toBe('5000.00');
  });
});

describe('funnel, trend and rankings', () => {
  const FUNNEL = `query($filter: InsightFilter) { dashboard(filter: $filter) { funnel {
    stages { stage { sort } count amount weightedAmount } categories { category count amount weightedAmount }
    open { count amount weightedAmount } won { count amount } lost { count amount } conversion { stage { sort } reached conversion } } } }`;

  beforeAll(async () => {
    const customer = await customerAt(db, co.li.user, at('2025-03-01 10:00'));
    const stage = async (sort: number) => (await stageBySort(db, sort)).id;
    // Open: stage 3 short-term 1000 (30%), stage 2 mid-term 500.05 (20%); zhou's stage 1 lead 200 (10%).
    await opportunityAt(db, customer, co.li.user, at('2025-03-02 10:00'), { amount: '1000.00', stageId: await stage(3) });
    const mid = await opportunityAt(db, customer, co.li.user, at('2025-03-03 10:00'), { amount: '500.05', category: OpportunityCategory.MID_TERM, stageId: await stage(2) });
    await opportunityAt(db, customer, co.zhou.user, at('2025-02-03 10:00'), { amount: '200.00', category: OpportunityCategory.LONG_TERM, stageId: await stage(1) });
    // Closed in March: one won, one lost after reaching stage 5 (its audited category change says so).
    await opportunityAt(db, customer, co.li.user, at('2025-01-03 10:00'), { amount: '700.00', category: OpportunityCategory.WON, stageId: await stage(10), closedAt: at('2025-03-15 10:00') });
    const lost = await opportunityAt(db, customer, co.li.user, at('2025-03-04 10:00'), { amount: '90.00', category: OpportunityCategory.LOST, stageId: await stage(0), closedAt: at('2025-03-20 10:00'), lostReason: '预算取消' });
    await db.getRepository(AuditLog).insert([
      { action: 'create', entityType: 'opportunity', entityId: lost.id, actorId: co.li.user.id, changes: { category: 'SHORT_TERM', stageId: await stage(3) } },
      { action: 'update', entityType: 'opportunity', entityId: lost.id, actorId: co.li.user.id, changes: { stageId: [await stage(3), await stage(5)] } },
      { action: 'category', entityType: 'opportunity', entityId: lost.id, actorId: co.li.user.id, changes: { category: ['SHORT_TERM', 'LOST'], stageId: [await stage(5), await stage(0)] } },
      { action: 'create', entityType: 'opportunity', entityId: mid.id, actorId: co.li.user.id, changes: { category: 'MID_TERM', stageId: await stage(2) } },
    ] as never);
  });

  test('the funnel: open opportunities by stage and category with weighted amounts; won and lost in the period apart', async () => {
    const funnel = (await ok(co.wang.as, FUNNEL, { filter: MARCH })).dashboard.funnel;
    const stage = (sort: number) => funnel.stages.find((s: { stage: { sort: number } }) => s.stage.sort === sort);
    expect(stage(3)).toMatchObject({ count: 1, amount: '1000.00', weightedAmount: '300.00' });
    expect(stage(2)).toMatchObject({ count: 1, amount: '500.05', weightedAmount: '100.01' });
    expect(stage(1)).toMatchObject({ count: 0, amount: '0.00' });
    expect(funnel.categories).toEqual([
      { category: 'SHORT_TERM', count: 1, amount: '1000.00', weightedAmount: '300.00' },
      { category: 'MID_TERM', count: 1, amount: '500.05', weightedAmount: '100.01' },
      { category: 'LONG_TERM', count: 0, amount: '0.00', weightedAmount: '0.00' },
    ]);
    expect(funnel.open).toEqual({ count: 2, amount: '1500.05', weightedAmount: '400.01' });
    expect(funnel.won).toEqual({ count: 1, amount: '700.00' });
    expect(funnel.lost).toEqual({ count: 1, amount: '90.00' });
    expect((await ok(co.boss.as, FUNNEL, { filter: MARCH })).dashboard.funnel.open.count).toBe(3);
  });

  test('conversion counts each opportunity created in the period at the highest stage it reached', async () => {
    const conversion = (await ok(co.wang.as, FUNNEL, { filter: MARCH })).dashboard.funnel.conversion as { stage: { sort: number }; reached: number; conversion: number | null }[];
    const at = (sort: number) => conversion.find((c) => c.stage.sort === sort)!;
    // Created in March: stage 3 (open), stage 2 (open), the lost one (reached 5).
    expect([1, 2, 3, 4, 5, 6].map((s) => at(s).reached)).toEqual([3, 3, 2, 1, 1, 0]);
    expect(at(2).conversion).toBeCloseTo(2 / 3, 4);
    expect(at(5).conversion).toBe(0);
    expect(at(10).conversion).toBeNull();
  });

  test('the trend: 12 months ending with the period, the same months a year earlier', async () => {
    const trend = (await ok(co.boss.as, `query($filter: InsightFilter) { dashboard(filter: $filter) { trend {
      month contractAmount receivableAmount newCustomers lastYearContractAmount lastYearNewCustomers } } }`, { filter: MARCH })).dashboard.trend;
    expect(trend).toHaveLength(12);
    expect(trend[0].month).toBe('2024-04');
    expect(trend[11]).toEqual({ month: '2025-03', contractAmount: '5800.00', receivableAmount: '0.00', newCustomers: 5, lastYearContractAmount: '800.00', lastYearNewCustomers: 0 });
    expect(trend[10]).toMatchObject({ month: '2025-02', contractAmount: '2000.00' });
  });

  test('rankings: people by the metric with shared ranks, departments one level below the selection', async () => {
    const RANK = `query($filter: InsightFilter, $metric: KpiMetric!) { dashboard(filter: $filter) { ranking(metric: $metric) {
      people { rank person { username } value } departments { rank department { name } value } } } }`;
    const boss = (await ok(co.boss.as, RANK, { filter: MARCH, metric: 'CONTRACT_AMOUNT' })).dashboard.ranking;
    expect(boss.people.slice(0, 3).map((r: { rank: number; person: { username: string }; value: string }) => [r.rank, r.person.username, r.value]))
      .toEqual([[1, co.li.user.username, '5000.00'], [2, co.zhou.user.username, '800.00'], [3, expect.any(String), '0.00']]);
    expect(boss.people.every((r: { rank: number; value: string }) => r.value !== '0.00' || r.rank === 3)).toBe(true);
    expect(boss.departments).toEqual([{ rank: 1, department: { name: '华北大区' }, value: '5000.00' }, { rank: 2, department: { name: '华南大区' }, value: '800.00' }]);
    const wang = (await ok(co.wang.as, RANK, { filter: MARCH, metric: 'NEW_CUSTOMERS' })).dashboard.ranking;
    expect(wang.departments).toEqual([{ rank: 1, department: { name: '北京组' }, value: '4' }]);
    expect(wang.people[0]).toEqual({ rank: 1, person: { username: co.li.user.username }, value: '4' });
  });
});
