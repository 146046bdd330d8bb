// Pool configuration: the default pool after bootstrap, creating and editing pools, recycle rules (pool
// administrators or system:settings), company caps (system:settings), the locked-customer cap on lockCustomers.
import { DataSource } from 'typeorm';
import { AuditLog, Pool, PoolMember, PoolRule } from '@/entities';
import { bootstrap } from '@/lib/org/bootstrap';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer } from '../support/factories';
import { PoolCompany, expectNothingChanged, fieldsOf, poolCompany, setCaps } from './pool-support';

let db: DataSource;
let co: PoolCompany;
beforeAll(async () => { db = await openTestDatabase(); co = await poolCompany(db); });
afterAll(async () => closeTestDatabase(db));
beforeEach(async () => setCaps(db, {}));

const POOLS = `{ pools { id name isDefault recycleEnabled warnDays customerCount viewerCanList viewerCanClaim viewerCanAdminister
  administrators { id } memberUsers { id } memberDepartments { department { id } includeChildren } rules { level noFollowUpDays noOpportunityDays noDealDays } } }`;
const CREATE = 'mutation($input: CreatePoolInput!) { createPool(input: $input) { id name } }';
const UPDATE = 'mutation($id: ID!, $input: UpdatePoolInput!) { updatePool(id: $id, input: $input) { id name } }';
const RULES = 'mutation($poolId: ID!, $input: UpdatePoolRulesInput!) { updatePoolRules(poolId: $poolId, input: $input) { id recycleEnabled warnDays exemptDealCustomers rules { level noFollowUpDays noDealDays } } }';
const SETTINGS = 'mutation($input: UpdatePoolSettingsInput!) { updatePoolSettings(input: $input) { maxOwnedCustomers maxClaimsPerDay reclaimBarDays maxLockedCustomers } }';

test('after bootstrap a default pool covers every department, with rules per level switched off, and bootstrap is idempotent', async () => {
  await bootstrap(db);
  const defaults = await db.getRepository(Pool).findBy({ isDefault: true });
  expect(defaults).toHaveLength(1);
  expect(await db.getRepository(PoolMember).findBy({ poolId: defaults[0].id })).toEqual([expect.objectContaining({ kind: 'DEPARTMENT', memberId: co.root.id, includeChildren: true })]);
  expect(await db.getRepository(PoolRule).countBy({ poolId: defaults[0].id })).toBe(3);
  const li = await ok(co.li.as, POOLS);
  expect(li.pools.map((p: { id: string }) => p.id)).toEqual([String(co.defaultPool.id)]);
  expect(li.pools[0]).toMatchObject({ isDefault: true, recycleEnabled: false, viewerCanList: true, viewerCanClaim: true, viewerCanAdminister: false, customerCount: 0 });
  // A south salesperson belongs to both; the system administrator configures both but lists neither.
  const zhou = await ok(co.zhou.as, POOLS);
  expect(zhou.pools.map((p: { id: string }) => p.id)).toEqual([String(co.defaultPool.id), String(co.southPool.id)]);
  const it = await ok(co.it.as, POOLS);
  expect(it.pools.map((p: { viewerCanList: boolean; customerCount: number | null; viewerCanAdminister: boolean }) => [p.viewerCanList, p.customerCount, p.viewerCanAdminister])).toEqual([[false, null, true], [false, null, true]]);
});

test('system:settings holders create and edit pools; names are unique; others are refused', async () => {
  const created = await ok(co.it.as, CREATE, { input: { name: '华东公海', administratorIds: [String(co.wang.user.id)], memberDepartments: [{ departmentId: String(co.north.id), includeChildren: false }] } });
  const id = created.createPool.id;
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'pool', entityId: Number(id), action: 'create' })).toBe(1);
  const dup = await gql(co.it.as, CREATE, { input: { name: '华东公海' } });
  expect([codeOf(dup), dup.errors?.[0].extensions?.field]).toEqual(['CONFLICT', 'name']);
  expect(fieldsOf(await gql(co.it.as, CREATE, { input: { name: '  ' } }))).toEqual(['name']);
  expect(fieldsOf(await gql(co.it.as, CREATE, { input: { name: '东北公海', memberUserIds: ['999999'] } }))).toEqual(['memberUserIds']);
  expect(fieldsOf(await gql(co.it.as, CREATE, { input: { name: '东北公海', memberDepartments: [{ departmentId: '999999' }] } }))).toEqual(['memberDepartments']);
  expect(codeOf(await gql(co.li.as, CREATE, { input: { name: '我的公海' } }))).toBe('FORBIDDEN');
  // Wang sits in north itself, so the department row covers him.
  expect((await ok(co.wang.as, POOLS)).pools.map((p: { name: string }) => p.name)).toContain('华东公海');
  // Li sits in a sub-department of north, which the row excluded.
  expect((await ok(co.li.as, POOLS)).pools.map((p: { name: string }) => p.name)).not.toContain('华东公海');
  await ok(co.it.as, UPDATE, { id, input: { name: '华东公海二部', memberUserIds: [String(co.li.user.id)] } });
  const pool = (await ok(co.li.as, POOLS)).pools.find((p: { id: string }) => p.id === id);
  expect(pool).toMatchObject({ name: '华东公海二部', memberUsers: [{ id: String(co.li.user.id) }], administrators: [{ id: String(co.wang.user.id) }], memberDepartments: [{ department: { id: String(co.north.id) }, includeChildren: false }] });
  const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'pool', entityId: Number(id), action: 'update' });
  expect(audit.changes).toMatchObject({ name: ['华东公海', '华东公海二部'], memberUserIds: [[], [co.li.user.id]] });
  expect(codeOf(await gql(co.li.as, UPDATE, { id, input: { name: 'x' } }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(co.it.as, UPDATE, { id: '999999', input: { name: 'x' } }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(co.it.as, UPDATE, { id, input: { name: co.southPool.name } }))).toBe('CONFLICT');
});

test('pool administrators and system:settings holders change recycle rules; members and strangers cannot', async () => {
  const input = { recycleEnabled: true, warnDays: 5, exemptDealCustomers: false, rules: [{ level: 'NORMAL', noFollowUpDays: 20, noDealDays: null }] };
  const data = await ok(co.chen.as, RULES, { poolId: String(co.southPool.id), input });
  expect(data.updatePoolRules).toMatchObject({ recycleEnabled: true, warnDays: 5, exemptDealCustomers: false });
  expect(data.updatePoolRules.rules.find((r: { level: string }) => r.level === 'NORMAL')).toEqual({ level: 'NORMAL', noFollowUpDays: 20, noDealDays: null });
  const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'pool', entityId: co.southPool.id, action: 'pool.rules' });
  expect(audit.changes).toMatchObject({ recycleEnabled: [false, true], 'rules.NORMAL': { noFollowUpDays: 20 } });
  await ok(co.it.as, RULES, { poolId: String(co.southPool.id), input: { recycleEnabled: false } });
  await expectNothingChanged(db, async () => {
    expect(codeOf(await gql(co.zhou.as, RULES, { poolId: String(co.southPool.id), input }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(co.li.as, RULES, { poolId: String(co.southPool.id), input }))).toBe('NOT_FOUND');
    expect(fieldsOf(await gql(co.chen.as, RULES, { poolId: String(co.southPool.id), input: { warnDays: 31 } }))).toEqual(['warnDays']);
    expect(fieldsOf(await gql(co.chen.as, RULES, { poolId: String(co.southPool.id), input: { rules: [{ level: 'CORE', noFollowUpDays: 0 }] } }))).toEqual(['rules.0.noFollowUpDays']);
    expect(fieldsOf(await gql(co.chen.as, RULES, { poolId: String(co.southPool.id), input: { rules: [{ level: 'CORE' }, { level: 'CORE' }] } }))).toEqual(['rules.1.level']);
  });
});

test('company caps: system:settings changes them (audited), anyone signed in reads them, bad values are refused', async () => {
  const data = await ok(co.it.as, SETTINGS, { input: { maxOwnedCustomers: 300, maxClaimsPerDay: 10, reclaimBarDays: 30, maxLockedCustomers: 20 } });
  expect(data.updatePoolSettings).toEqual({ maxOwnedCustomers: 300, maxClaimsPerDay: 10, reclaimBarDays: 30, maxLockedCustomers: 20 });
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'pool_settings', action: 'update' })).toBe(1);
  expect((await ok(co.li.as, '{ poolSettings { maxClaimsPerDay opportunityChecksAvailable contractChecksAvailable } }')).poolSettings.maxClaimsPerDay).toBe(10);
  expect(codeOf(await gql(co.li.as, SETTINGS, { input: { maxClaimsPerDay: 1 } }))).toBe('FORBIDDEN');
  const bad = await gql(co.it.as, SETTINGS, { input: { maxClaimsPerDay: -1, reclaimBarDays: 99999 } });
  expect(fieldsOf(bad)).toEqual(['maxClaimsPerDay', 'reclaimBarDays']);
});

test('lockCustomers respects the per-user cap on locked customers', async () => {
  await setCaps(db, { maxLockedCustomers: 2 });
  const [a, b, c] = [await makeCustomer(db, co.li.user, { locked: true }), await makeCustomer(db, co.li.user), await makeCustomer(db, co.li.user)];
  const LOCK = 'mutation($ids: [ID!]!) { lockCustomers(ids: $ids) { id locked } }';
  const over = await gql(co.li.as, LOCK, { ids: [String(b.id), String(c.id)] });
  expect([codeOf(over), over.errors?.[0].extensions?.rule]).toEqual(['BAD_USER_INPUT', 'LOCKED_CAP']);
  await ok(co.li.as, LOCK, { ids: [String(a.id), String(b.id)] }); // a is already locked: only b is new
  expect(codeOf(await gql(co.li.as, LOCK, { ids: [String(c.id)] }))).toBe('BAD_USER_INPUT');
  await ok(co.li.as, 'mutation($ids: [ID!]!) { unlockCustomers(ids: $ids) { id } }', { ids: [String(a.id)] });
  await ok(co.li.as, LOCK, { ids: [String(c.id)] });
});
