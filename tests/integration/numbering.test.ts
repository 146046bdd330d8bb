// Numbering rules (issue 13 item 3): an administrator (system:numbering) edits prefix, date part, sequence length and
// reset period per record type; new numbers follow the new pattern, old ones keep theirs; patterns that could repeat
// are BAD_USER_INPUT on their field; changes are audited with before/after; a salesperson is FORBIDDEN; reset periods
// follow the (injected) date; numbers held already are skipped; parallel creates get distinct numbers.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, NumberingRule } from '@/entities';
import { nextNumber } from '@/lib/numbering/numbering.service';
import { inTransaction } from '@/lib/db/transaction';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { Actor, actor, fieldsOf } from './org-support';

let db: DataSource;
let it: Actor;
let li: Actor;
beforeAll(async () => {
  db = await openTestDatabase();
  it = await actor(db, ['SYSTEM_ADMIN']);
  li = await actor(db, ['SALES']);
});
afterAll(async () => closeTestDatabase(db));

const RULES = '{ numberingRules { module prefix datePart resetPeriod sequenceLength nextNumber } }';
const UPDATE = 'mutation($module: String!, $input: UpdateNumberingRuleInput!) { updateNumberingRule(module: $module, input: $input) { module prefix datePart resetPeriod sequenceLength nextNumber } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id code } }';
type Rule = { module: string; prefix: string; datePart: string; resetPeriod: string; sequenceLength: number; nextNumber: string };

/** The company day (Asia/Shanghai) of a moment, as the date part writes it. */
const ymd = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at).replace(/-/g, '');
const allocate = (module: string, at: string) => inTransaction(db, (manager) => nextNumber(manager, module, new Date(at)));

test('the rules of customers, contracts and receivables start as KH/HT/HK + yyyyMMdd + 4 digits, reset daily; only system:numbering reads or edits them', async () => {
  const rules = (await ok(it.as, RULES)).numberingRules as Rule[];
  const today = ymd(new Date());
  expect(rules.map((r) => [r.module, r.prefix, r.datePart, r.resetPeriod, r.sequenceLength])).toEqual([
    ['customer', 'KH', 'YYYYMMDD', 'DAILY', 4], ['contract', 'HT', 'YYYYMMDD', 'DAILY', 4], ['receivable', 'HK', 'YYYYMMDD', 'DAILY', 4],
  ]);
  expect(rules[0].nextNumber).toBe(`KH${today}0001`);
  expect(codeOf(await gql(li.as, RULES))).toBe('FORBIDDEN');
  expect(codeOf(await gql(li.as, UPDATE, { module: 'customer', input: { prefix: 'XX' } }))).toBe('FORBIDDEN');
  expect((await db.getRepository(NumberingRule).findOneBy({ module: 'customer' }))?.prefix ?? 'KH').toBe('KH');
});

test('a changed customer rule gives the next customer the new pattern; earlier customers keep their codes; audited with before/after', async () => {
  const before = (await ok(li.as, CREATE_CUSTOMER, { input: { name: '编号规则前客户有限公司' } })).createCustomer;
  expect(before.code).toMatch(new RegExp(`^KH${ymd(new Date())}\\d{4}$`));
  const updated = (await ok(it.as, UPDATE, { module: 'customer', input: { prefix: 'CUS-', datePart: 'YYYYMM', resetPeriod: 'MONTHLY', sequenceLength: 6 } })).updateNumberingRule as Rule;
  const month = ymd(new Date()).slice(0, 6);
  expect(updated).toMatchObject({ prefix: 'CUS-', datePart: 'YYYYMM', resetPeriod: 'MONTHLY', sequenceLength: 6, nextNumber: `CUS-${month}000001` });
  const after = (await ok(li.as, CREATE_CUSTOMER, { input: { name: '编号规则后客户有限公司' } })).createCustomer;
  expect(after.code).toBe(`CUS-${month}000001`);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: Number(before.id) })).code).toBe(before.code);
  const rule = await db.getRepository(NumberingRule).findOneByOrFail({ module: 'customer' });
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'numbering_rule', entityId: rule.id, action: 'update' });
  expect(entry.actorId).toBe(it.user.id);
  expect(entry.changes).toEqual({ module: 'customer', prefix: ['KH', 'CUS-'], datePart: ['YYYYMMDD', 'YYYYMM'], resetPeriod: ['DAILY', 'MONTHLY'], sequenceLength: [4, 6] });
  // Only the parts given change.
  const again = (await ok(it.as, UPDATE, { module: 'customer', input: { sequenceLength: 5 } })).updateNumberingRule as Rule;
  expect(again).toMatchObject({ prefix: 'CUS-', datePart: 'YYYYMM', resetPeriod: 'MONTHLY', sequenceLength: 5, nextNumber: `CUS-${month}00002` });
});

test('bad prefixes, sequence lengths outside 3..10 and patterns that could repeat are BAD_USER_INPUT on their field; nothing changes', async () => {
  const audited = () => db.getRepository(AuditLog).countBy({ entityType: 'numbering_rule' });
  const entriesBefore = await audited();
  const bad = async (input: Record<string, unknown>, module = 'contract') => {
    const result = await gql(it.as, UPDATE, { module, input });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    return fieldsOf(result);
  };
  expect(await bad({ prefix: 'ABCDEFGHIJK' })).toEqual(['prefix']);
  expect(await bad({ prefix: '合同' })).toEqual(['prefix']);
  expect(await bad({ prefix: 'H T' })).toEqual(['prefix']);
  expect(await bad({ prefix: '' })).toEqual(['prefix']);
  expect(await bad({ sequenceLength: 2 })).toEqual(['sequenceLength']);
  expect(await bad({ sequenceLength: 11 })).toEqual(['sequenceLength']);
  // Restarting more often than the date part shows would hand out the same number twice.
  expect(await bad({ datePart: 'YYYYMM', resetPeriod: 'DAILY' })).toEqual(['resetPeriod']);
  expect(await bad({ datePart: 'YYYY', resetPeriod: 'MONTHLY' })).toEqual(['resetPeriod']);
  expect(await bad({ datePart: 'NONE', resetPeriod: 'YEARLY' })).toEqual(['resetPeriod']);
  expect(await bad({ datePart: 'NONE' })).toEqual(['resetPeriod']); // still DAILY
  expect(await bad({ prefix: 'X' }, 'lead')).toEqual(['module']);
  expect(codeOf(await gql(it.as, UPDATE, { module: 'contract', input: { datePart: 'YYYYMMDDHH' } }))).toBe('BAD_USER_INPUT');
  const rules = (await ok(it.as, RULES)).numberingRules as Rule[];
  expect(rules.find((r) => r.module === 'contract')).toMatchObject({ prefix: 'HT', datePart: 'YYYYMMDD', resetPeriod: 'DAILY', sequenceLength: 4 });
  expect(await audited()).toBe(entriesBefore);
  // A finer date part than the reset period is fine: never reset with a date, yearly with the day.
  await ok(it.as, UPDATE, { module: 'contract', input: { datePart: 'YYYYMMDD', resetPeriod: 'NEVER' } });
  await ok(it.as, UPDATE, { module: 'contract', input: { datePart: 'YYYYMMDD', resetPeriod: 'YEARLY' } });
});

test('each reset period starts again at 1 when its period changes (dates injected, company time zone) and not before', async () => {
  await ok(it.as, UPDATE, { module: 'receivable', input: { prefix: 'Y', datePart: 'YYYY', resetPeriod: 'YEARLY', sequenceLength: 3 } });
  expect(await allocate('receivable', '2026-12-31T10:00:00Z')).toBe('Y2026001');
  expect(await allocate('receivable', '2026-12-31T15:59:00Z')).toBe('Y2026002'); // 23:59 in Shanghai
  expect(await allocate('receivable', '2026-12-31T16:00:00Z')).toBe('Y2027001'); // midnight in Shanghai
  await ok(it.as, UPDATE, { module: 'receivable', input: { prefix: 'M', datePart: 'YYYYMM', resetPeriod: 'MONTHLY' } });
  expect(await allocate('receivable', '2027-01-20T04:00:00Z')).toBe('M202701001');
  expect(await allocate('receivable', '2027-01-31T04:00:00Z')).toBe('M202701002');
  expect(await allocate('receivable', '2027-02-01T04:00:00Z')).toBe('M202702001');
  await ok(it.as, UPDATE, { module: 'receivable', input: { prefix: 'D', datePart: 'YYYYMMDD', resetPeriod: 'DAILY' } });
  expect(await allocate('receivable', '2027-02-01T04:00:00Z')).toBe('D20270201001');
  expect(await allocate('receivable', '2027-02-02T04:00:00Z')).toBe('D20270202001');
  await ok(it.as, UPDATE, { module: 'receivable', input: { prefix: 'N', datePart: 'NONE', resetPeriod: 'NEVER' } });
  expect(await allocate('receivable', '2027-02-02T04:00:00Z')).toBe('N001');
  expect(await allocate('receivable', '2030-07-01T04:00:00Z')).toBe('N002');
  // A yearly reset with the full date: the sequence runs on through the year while the date part changes.
  await ok(it.as, UPDATE, { module: 'receivable', input: { prefix: 'YD', datePart: 'YYYYMMDD', resetPeriod: 'YEARLY' } });
  expect(await allocate('receivable', '2031-03-01T04:00:00Z')).toBe('YD20310301001');
  expect(await allocate('receivable', '2031-03-02T04:00:00Z')).toBe('YD20310302002');
});

test('a number some record already holds (from an earlier pattern) is skipped', async () => {
  await ok(it.as, UPDATE, { module: 'customer', input: { prefix: 'OLD', datePart: 'NONE', resetPeriod: 'NEVER', sequenceLength: 3 } });
  await makeCustomer(db, li.user, { code: 'OLD001' });
  await makeCustomer(db, li.user, { code: 'OLD002' });
  await makeCustomer(db, li.user, { code: 'OLD004' });
  const codes: string[] = [];
  for (const name of ['跳号一有限公司', '跳号二有限公司']) codes.push((await ok(li.as, CREATE_CUSTOMER, { input: { name } })).createCustomer.code);
  expect(codes).toEqual(['OLD003', 'OLD005']);
});

test('20 customers created at once get 20 distinct numbers of the rule, in one unbroken run', async () => {
  await ok(it.as, UPDATE, { module: 'customer', input: { prefix: 'PAR', datePart: 'YYYY', resetPeriod: 'YEARLY', sequenceLength: 4 } });
  const year = ymd(new Date()).slice(0, 4);
  const results = await Promise.all(Array.from({ length: 20 }, (_, i) => gql(li.as, CREATE_CUSTOMER, { input: { name: `并发编号客户${i + 1}有限公司` } })));
  expect(results.map((r) => r.errors)).toEqual(Array(20).fill(undefined));
  const codes = results.map((r) => r.data.createCustomer.code as string);
  expect(new Set(codes).size).toBe(20);
  expect([...codes].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `PAR${year}${String(i + 1).padStart(4, '0')}`));
});
