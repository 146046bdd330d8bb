// 统计报表 through the API: customers by level / type / source / industry / region and new per month; follow-ups by
// method and person with the substantive share; opportunities by stage and category, won and lost with reasons, and
// seed 002 §4.1's monthly count (one opportunity counted once a month, in its category at the month's end);
// contracts planned against received, overdue plans, per person; products by product and category; each exported to
// Excel with the same figures and audited; scoped to the viewer (a manager never counts another region); `it` refused.
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { AuditLog, ContractLine, PaymentPlan, Product, ProductCategory } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { FollowUp } from '@/entities';
import { addDays, todayIn } from '@/lib/contract/dates';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok } from '../support/api';
import { Company, makeCompany } from './task-support';
import { actor } from './followup-support';
import { at, contractOn, customerAt, followUpAt, opportunityAt, receivableOn, stageBySort } from './insight-support';

let db: DataSource;
let co: Company;
let it: As;
const H1 = { preset: 'CUSTOM', from: '2025-01-01', to: '2025-06-30' };

const stats = async (as: As, fields: string, filter: Record<string, unknown> = H1) => (await ok(as, `query($filter: InsightFilter) { statistics(filter: $filter) { ${fields} } }`, { filter })).statistics;
const keyed = (rows: { key: string | null; count: number; amount?: string | null; extra?: number | null }[]) => Object.fromEntries(rows.map((r) => [r.key ?? '∅', r.amount ? [r.count, r.amount] : r.extra !== undefined && r.extra !== null ? [r.count, r.extra] : r.count]));

beforeAll(async () => {
  db = await openTestDatabase();
  co = await makeCompany(db);
  it = (await actor(db, ['SYSTEM_ADMIN'], co.root)).as;
  const { li, sun, zhou } = co;
  const c1 = await customerAt(db, li.user, at('2025-01-10 10:00'), { level: CustomerLevel.CORE, source: '展会', industry: '制造业', region: '华北' });
  const c2 = await customerAt(db, li.user, at('2025-03-10 10:00'), { level: CustomerLevel.HIGH_GROWTH, type: CustomerType.DISTRIBUTOR, source: '展会', industry: null, region: '华北' });
  const c3 = await customerAt(db, sun.user, at('2025-03-11 10:00'), { level: CustomerLevel.NORMAL, source: '', industry: '教育', region: '华北' });
  await customerAt(db, sun.user, at('2024-12-11 10:00'), { level: CustomerLevel.CORE, source: '网络', industry: '教育', region: '华北' });
  const cz = await customerAt(db, zhou.user, at('2025-02-11 10:00'), { level: CustomerLevel.CORE, source: '网络', industry: '金融', region: '华南' });

  await followUpAt(db, 'customer', c1.id, li.user, at('2025-02-01 10:00'), true);
  await followUpAt(db, 'customer', c1.id, li.user, at('2025-02-02 10:00'), false);
  const visit = await followUpAt(db, 'customer', c2.id, li.user, at('2025-02-03 10:00'), true);
  await db.getRepository(FollowUp).update({ id: visit.id }, { method: FollowUpMethod.VISIT });
  await followUpAt(db, 'customer', c3.id, sun.user, at('2025-04-03 10:00'), false);
  await followUpAt(db, 'customer', cz.id, zhou.user, at('2025-04-03 10:00'), true);

  // §4.1: a lead in January that became mid-term then short-term in February and was won in March.
  const lead = await opportunityAt(db, c1, li.user, at('2025-01-15 10:00'), { amount: '1000.00', category: OpportunityCategory.WON, stageId: (await stageBySort(db, 10)).id, closedAt: at('2025-03-20 10:00') });
  const audits = [
    ['category', at('2025-02-05 10:00'), ['LONG_TERM', 'MID_TERM']], ['category', at('2025-02-25 10:00'), ['MID_TERM', 'SHORT_TERM']], ['won', at('2025-03-20 10:00'), ['SHORT_TERM', 'WON']],
  ] as const;
  for (const [action, when, category] of audits) {
    const saved = await db.getRepository(AuditLog).save(db.getRepository(AuditLog).create({ action, entityType: 'opportunity', entityId: lead.id, actorId: li.user.id, changes: { category: [...category] } }));
    await db.getRepository(AuditLog).update({ id: saved.id }, { createdAt: when });
  }
  // A mid-term one since February, and one lost in April (after it was a short-term one).
  await opportunityAt(db, c1, li.user, at('2025-02-10 10:00'), { amount: '500.00', category: OpportunityCategory.MID_TERM, stageId: (await stageBySort(db, 2)).id });
  await opportunityAt(db, c3, sun.user, at('2025-03-01 10:00'), { amount: '80.00', category: OpportunityCategory.LOST, stageId: (await stageBySort(db, 0)).id, closedAt: at('2025-04-02 10:00'), lostReason: '预算取消' });
  await opportunityAt(db, cz, zhou.user, at('2025-03-01 10:00'), { amount: '999.00', category: OpportunityCategory.SHORT_TERM });

  // Contracts: li 3000 signed in March with two product lines and two plans (one received, one overdue); zhou 999.
  const category = await db.getRepository(ProductCategory).save(db.getRepository(ProductCategory).create({ name: '扫描仪', sort: 1 }));
  const scanner = await db.getRepository(Product).save(db.getRepository(Product).create({ name: '高速扫描仪', price: '1000.00', categoryId: category.id, createdById: 1 }));
  const software = await db.getRepository(Product).save(db.getRepository(Product).create({ name: '影像软件', price: '500.00', categoryId: null, createdById: 1 }));
  const k = await contractOn(db, c1, li.user, '2025-03-05', '3000.00');
  await db.getRepository(ContractLine).insert([
    { contractId: k.id, productId: scanner.id, productName: '高速扫描仪', quantity: '2.00', unitPrice: '1000.00', amount: '2000.00', sort: 1 },
    { contractId: k.id, productId: software.id, productName: '影像软件', quantity: '2.00', unitPrice: '500.00', amount: '1000.00', sort: 2 },
  ]);
  const [p1, p2] = await db.getRepository(PaymentPlan).save([
    db.getRepository(PaymentPlan).create({ contractId: k.id, term: 1, amount: '2000.00', plannedDate: '2025-04-01', createdById: li.user.id }),
    db.getRepository(PaymentPlan).create({ contractId: k.id, term: 2, amount: '1000.00', plannedDate: '2025-05-01', createdById: li.user.id }),
  ]);
  const r1 = await receivableOn(db, k, '2025-04-03', '2000.00');
  await db.query('UPDATE receivable SET plan_id = ? WHERE id = ?', [p1.id, r1.id]);
  expect(p2.id).toBeGreaterThan(0);
  const kz = await contractOn(db, cz, zhou.user, '2025-03-07', '999.00');
  await db.getRepository(ContractLine).insert({ contractId: kz.id, productId: scanner.id, productName: '高速扫描仪', quantity: '1.00', unitPrice: '999.00', amount: '999.00', sort: 1 });
});
afterAll(async () => closeTestDatabase(db));

test('customers: by level, type, source, industry and region (created in the period, or all owned), new per month', async () => {
  const BREAK = 'key count';
  const q = `customers { total byLevel { ${BREAK} } byType { ${BREAK} } bySource { ${BREAK} } byIndustry { ${BREAK} } byRegion { ${BREAK} } newByMonth { month count } }`;
  const wang = (await stats(co.wang.as, q)).customers;
  expect(wang.total).toBe(3);
  expect(keyed(wang.byLevel)).toEqual({ CORE: 1, HIGH_GROWTH: 1, NORMAL: 1 });
  expect(keyed(wang.byType)).toEqual({ DIRECT: 2, DISTRIBUTOR: 1 });
  expect(keyed(wang.bySource)).toEqual({ 展会: 2, '∅': 1 });
  expect(keyed(wang.byIndustry)).toEqual({ 制造业: 1, 教育: 1, '∅': 1 });
  expect(wang.newByMonth.map((m: { month: string; count: number }) => [m.month, m.count]).slice(-7)).toEqual([['2024-12', 1], ['2025-01', 1], ['2025-02', 0], ['2025-03', 2], ['2025-04', 0], ['2025-05', 0], ['2025-06', 0]]);
  const all = (await ok(co.wang.as, 'query($filter: InsightFilter) { statistics(filter: $filter) { customers(basis: ALL_OWNED) { total byLevel { key count } } } }', { filter: H1 })).statistics.customers;
  expect(all.total).toBe(4);
  expect(keyed((await stats(co.boss.as, q)).customers.byRegion)).toEqual({ 华北: 3, 华南: 1 });
});

test('follow-ups: by method and person, with substantive counts', async () => {
  const r = (await stats(co.wang.as, 'followUps { total substantive byMethod { key count extra } byPerson { person { username } count substantive } }')).followUps;
  expect([r.total, r.substantive]).toEqual([4, 2]);
  expect(keyed(r.byMethod)).toEqual({ PHONE: [3, 1], VISIT: [1, 1] });
  expect(r.byPerson.map((p: { person: { username: string }; count: number; substantive: number }) => [p.person.username, p.count, p.substantive]))
    .toEqual([[co.li.user.username, 3, 2], [co.sun.user.username, 1, 0], [co.wang.user.username, 0, 0]]);
});

test('opportunities: by stage and category, won and lost with reasons, and the monthly count without double counting', async () => {
  const r = (await stats(co.wang.as, `opportunities { created byStage { stage { sort } count amount } byCategory { key count amount }
    won { count amount } lost { count amount } lossReasons { key count amount } monthly { month longTerm midTerm shortTerm won lost } }`)).opportunities;
  expect(r.created).toBe(3);
  expect(keyed(r.byCategory)).toEqual({ WON: [1, '1000.00'], MID_TERM: [1, '500.00'], LOST: [1, '80.00'] });
  expect(r.byStage.map((s: { stage: { sort: number }; count: number }) => [s.stage.sort, s.count])).toEqual([[0, 1], [2, 1], [10, 1]]);
  expect(r.won).toEqual({ count: 1, amount: '1000.00' });
  expect(r.lost).toEqual({ count: 1, amount: '80.00' });
  expect(keyed(r.lossReasons)).toEqual({ 预算取消: [1, '80.00'] });
  const months = Object.fromEntries(r.monthly.map((m: Record<string, number | string>) => [m.month, [m.longTerm, m.midTerm, m.shortTerm, m.won, m.lost]]));
  expect(months['2024-12']).toEqual([0, 0, 0, 0, 0]);
  expect(months['2025-01']).toEqual([1, 0, 0, 0, 0]);
  // February: the lead became mid-term, then short-term: counted once, as short-term; the other mid-term one too.
  expect(months['2025-02']).toEqual([0, 1, 1, 0, 0]);
  // March: won; sun's lost one has no recorded history, so it counts as lost in the month it was created, then no more.
  expect(months['2025-03']).toEqual([0, 1, 0, 1, 1]);
  expect(months['2025-04']).toEqual([0, 1, 0, 0, 0]);
});

test('contracts: planned against received per month, overdue plans, per person', async () => {
  const r = (await stats(co.wang.as, `contracts { contracts amount received overdueTotal months { month planned received }
    overduePlans { contractCode term plannedDate planned received outstanding owner { username } } byPerson { person { username } contracts amount received outstanding } }`)).contracts;
  expect([r.contracts, r.amount, r.received]).toEqual([1, '3000.00', '2000.00']);
  const months = Object.fromEntries(r.months.map((m: { month: string; planned: string; received: string }) => [m.month, [m.planned, m.received]]));
  expect(months['2025-04']).toEqual(['2000.00', '2000.00']);
  expect(months['2025-05']).toEqual(['1000.00', '0.00']);
  expect(r.overduePlans).toEqual([expect.objectContaining({ term: 2, plannedDate: '2025-05-01', planned: '1000.00', received: '0.00', outstanding: '1000.00', owner: { username: co.li.user.username } })]);
  expect(r.overdueTotal).toBe('1000.00');
  expect(r.byPerson[0]).toEqual({ person: { username: co.li.user.username }, contracts: 1, amount: '3000.00', received: '2000.00', outstanding: '1000.00' });
  expect((await stats(co.boss.as, 'contracts { amount }')).contracts.amount).toBe('3999.00');
});

test('products: quantity and amount by product and by category', async () => {
  const r = (await stats(co.wang.as, 'products { amount byProduct { name contracts quantity amount } byCategory { name quantity amount } }')).products;
  expect(r.amount).toBe('3000.00');
  expect(r.byProduct).toEqual([{ name: '高速扫描仪', contracts: 1, quantity: '2.00', amount: '2000.00' }, { name: '影像软件', contracts: 1, quantity: '2.00', amount: '1000.00' }]);
  expect(r.byCategory).toEqual([{ name: '扫描仪', quantity: '2.00', amount: '2000.00' }, { name: null, quantity: '2.00', amount: '1000.00' }]);
  expect((await stats(co.boss.as, 'products { byProduct { name quantity amount } }')).products.byProduct[0]).toEqual({ name: '高速扫描仪', quantity: '3.00', amount: '2999.00' });
});

test('each report exports to Excel with the same figures, audited; bad input and the system administrator are refused', async () => {
  const EXPORT = 'mutation($report: StatisticsReport!, $filter: InsightFilter, $month: String) { exportStatistics(report: $report, filter: $filter, month: $month) { fileName mimeType contentBase64 count } }';
  for (const report of ['CUSTOMERS', 'FOLLOW_UPS', 'OPPORTUNITIES', 'CONTRACTS', 'PRODUCTS']) {
    const file = (await ok(co.wang.as, EXPORT, { report, filter: H1 })).exportStatistics;
    expect(file.fileName).toMatch(/\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as never);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    if (report === 'PRODUCTS') expect(workbook.getWorksheet('按产品')!.getRow(3).values).toEqual([undefined, '高速扫描仪', 1, 2, 2000]);
    if (report === 'FOLLOW_UPS') expect(workbook.getWorksheet('按人员')!.getRow(3).values).toEqual([undefined, co.li.user.name, '北京组', 3, 2, 66.7]);
  }
  const monthly = (await ok(co.wang.as, EXPORT, { report: 'COMPLIANCE_MONTHLY', month: '2025-02' })).exportStatistics;
  expect(monthly.count).toBe(3);
  const audited = await db.getRepository(AuditLog).findBy({ action: 'export', entityType: 'statistics', actorId: co.wang.user.id });
  expect(audited).toHaveLength(6);
  const bad = await gql(co.wang.as, EXPORT, { report: 'CUSTOMERS', filter: { preset: 'CUSTOM', from: '2025-06-30', to: '2025-01-01' } });
  expect(codeOf(bad)).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(it, EXPORT, { report: 'CUSTOMERS' }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(it, 'query { statistics { from } }'))).toBe('FORBIDDEN');
  expect(codeOf(await gql(co.wang.as, 'query($f: InsightFilter) { statistics(filter: $f) { from } }', { f: { departmentId: String(co.south.id) } }))).toBe('BAD_USER_INPUT');
  expect(todayIn() > addDays('2025-05-01', 1)).toBe(true);
});
