// Data dictionary (issue 13 item 1): the starting options, administration (add, rename, disable, reorder — never
// delete; system:dictionary; audited), records storing option codes (a renamed option keeps its records, a disabled
// one is refused for new values but kept by records that hold it), the region tree, and the free-text migration.
import { DataSource } from 'typeorm';
import { AuditLog, Customer, DictionaryOption } from '@/entities';
import { DictionaryData1796612993860 } from '@/lib/db/migrations/1796612993860-DictionaryData';
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

const DICTS = `query($kinds: [String!]) { dictionaries(kinds: $kinds) { kind name tree options { id code name parentId path sortOrder enabled } } }`;
const ADD = 'mutation($input: AddDictionaryOptionInput!) { addDictionaryOption(input: $input) { id code name path parentId enabled sortOrder } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateDictionaryOptionInput!) { updateDictionaryOption(id: $id, input: $input) { id code name enabled } }';
const REORDER = 'mutation($input: ReorderDictionaryOptionsInput!) { reorderDictionaryOptions(input: $input) { id name sortOrder } }';
const CREATE_CUSTOMER = 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id industry source region } }';
const UPDATE_CUSTOMER = 'mutation($id: ID!, $input: UpdateCustomerInput!) { updateCustomer(id: $id, input: $input) { id industry region remarks } }';
type Option = { id: string; code: string; name: string; parentId: string | null; path: string; sortOrder: number; enabled: boolean };
const optionsOf = async (kind: string): Promise<Option[]> => (await ok(li.as, DICTS, { kinds: [kind] })).dictionaries[0].options;

test('every signed-in user reads the starting dictionaries: flat lists, the region tree with paths, follow-up methods by their API codes', async () => {
  const all = (await ok(li.as, DICTS)).dictionaries as { kind: string; tree: boolean; options: Option[] }[];
  expect(all.map((d) => d.kind)).toEqual(['customer_source', 'industry', 'region', 'followup_method', 'opportunity_intent', 'loss_reason', 'payment_method', 'contract_type', 'service_type', 'expense_type']);
  const byKind = Object.fromEntries(all.map((d) => [d.kind, d]));
  expect(byKind.industry.options.map((o) => o.code)).toContain('制造业');
  expect(byKind.opportunity_intent.options.map((o) => o.name)).toEqual(['扫描仪', '存储系统', '软件', '打印机', '耗材', '综合设备']);
  expect(byKind.followup_method.options.map((o) => [o.code, o.name])).toEqual([['PHONE', '电话'], ['EMAIL', '邮件'], ['VISIT', '拜访'], ['SMS', '短信'], ['WECHAT', '微信'], ['OTHER', '其他']]);
  expect(byKind.region.tree).toBe(true);
  const guangdong = byKind.region.options.find((o) => o.code === '广东省')!;
  const guangzhou = byKind.region.options.find((o) => o.code === '广东省/广州市')!;
  expect(guangzhou).toMatchObject({ name: '广州市', parentId: guangdong.id, path: '广东省 / 广州市' });
  // A tree lists children right after their parent.
  const index = byKind.region.options.indexOf(guangzhou);
  expect(byKind.region.options.slice(0, index).some((o) => o.id === guangdong.id)).toBe(true);
});

test('only system:dictionary adds options; duplicate or blank names are BAD_USER_INPUT on name; each change is audited', async () => {
  expect(codeOf(await gql(li.as, ADD, { input: { kind: 'industry', name: '环保' } }))).toBe('FORBIDDEN');
  const added = (await ok(it.as, ADD, { input: { kind: 'industry', name: ' 环保 ' } })).addDictionaryOption;
  expect(added).toMatchObject({ code: '环保', name: '环保', enabled: true, parentId: null });
  expect(added.sortOrder).toBe(Math.max(...(await optionsOf('industry')).map((o) => o.sortOrder)));
  expect(fieldsOf(await gql(it.as, ADD, { input: { kind: 'industry', name: '环保' } }))).toEqual(['name']);
  expect(fieldsOf(await gql(it.as, ADD, { input: { kind: 'industry', name: '  ' } }))).toEqual(['name']);
  expect(fieldsOf(await gql(it.as, ADD, { input: { kind: 'no_such_list', name: 'x' } }))).toEqual(['kind']);
  expect(fieldsOf(await gql(it.as, ADD, { input: { kind: 'industry', name: '环保', parentId: added.id } }))).toEqual(['parentId']);
  const entry = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'dictionary_option', entityId: Number(added.id), action: 'create' });
  expect(entry.changes).toMatchObject({ kind: 'industry', code: '环保', name: '环保' });
});

test('records store the code: a renamed option keeps its records and its old name as code; values may be sent by code or current name', async () => {
  const added = (await ok(it.as, ADD, { input: { kind: 'industry', name: '新材料' } })).addDictionaryOption;
  const customer = (await ok(li.as, CREATE_CUSTOMER, { input: { name: '字典测试新材料有限公司', industry: '新材料' } })).createCustomer;
  expect(customer.industry).toBe('新材料');
  const renamed = (await ok(it.as, UPDATE, { id: added.id, input: { name: '先进材料' } })).updateDictionaryOption;
  expect(renamed).toMatchObject({ code: '新材料', name: '先进材料' });
  expect((await db.getRepository(Customer).findOneByOrFail({ id: Number(customer.id) })).industry).toBe('新材料');
  // The current name finds the option; the stored value is its code.
  const second = (await ok(li.as, CREATE_CUSTOMER, { input: { name: '字典测试先进材料有限公司', industry: '先进材料' } })).createCustomer;
  expect(second.industry).toBe('新材料');
  const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'dictionary_option', entityId: Number(added.id), action: 'update' });
  expect(audit.changes).toEqual({ kind: 'industry', code: '新材料', name: ['新材料', '先进材料'] });
  // Renaming onto a sibling's name is refused.
  expect(fieldsOf(await gql(it.as, UPDATE, { id: added.id, input: { name: '制造业' } }))).toEqual(['name']);
});

test('a disabled option is refused for new values, kept by records that hold it, and can be enabled again; nothing is deleted', async () => {
  const added = (await ok(it.as, ADD, { input: { kind: 'customer_source', name: '地推' } })).addDictionaryOption;
  const holder = (await ok(li.as, CREATE_CUSTOMER, { input: { name: '字典测试地推客户有限公司', source: '地推' } })).createCustomer;
  const before = await db.getRepository(DictionaryOption).count();
  await ok(it.as, UPDATE, { id: added.id, input: { enabled: false } });
  expect(await db.getRepository(DictionaryOption).count()).toBe(before);
  expect((await optionsOf('customer_source')).find((o) => o.id === added.id)).toMatchObject({ name: '地推', enabled: false });
  const refused = await gql(li.as, CREATE_CUSTOMER, { input: { name: '字典测试另一家有限公司', source: '地推' } });
  expect([codeOf(refused), fieldsOf(refused)]).toEqual(['BAD_USER_INPUT', ['source']]);
  // The holder keeps it, whether other fields change or the same value is sent again.
  await ok(li.as, UPDATE_CUSTOMER, { id: holder.id, input: { remarks: '换了备注', source: '地推' } });
  expect((await db.getRepository(Customer).findOneByOrFail({ id: Number(holder.id) })).source).toBe('地推');
  await ok(it.as, UPDATE, { id: added.id, input: { enabled: true } });
  await ok(li.as, CREATE_CUSTOMER, { input: { name: '字典测试另一家有限公司', source: '地推' } });
});

test('values outside the dictionary are BAD_USER_INPUT naming each field, on customers and leads', async () => {
  const bad = await gql(li.as, CREATE_CUSTOMER, { input: { name: '字典测试乱填有限公司', industry: '不存在的行业', source: '不存在的来源', region: '火星' } });
  expect([codeOf(bad), fieldsOf(bad)]).toEqual(['BAD_USER_INPUT', ['industry', 'region', 'source']]);
  const lead = await gql(li.as, 'mutation { createLead(input: { name: "字典线索", source: "不存在的来源" }) { id } }');
  expect([codeOf(lead), fieldsOf(lead)]).toEqual(['BAD_USER_INPUT', ['source']]);
  expect((await ok(li.as, 'mutation { createLead(input: { name: "字典线索", source: "展会" }) { source } }')).createLead.source).toBe('展会');
});

test('the region tree: cities under provinces (two levels), a city sent as code or as a path of names, renamed without touching records', async () => {
  const zhejiang = (await optionsOf('region')).find((o) => o.code === '浙江省')!;
  const yiwu = (await ok(it.as, ADD, { input: { kind: 'region', name: '义乌市', parentId: zhejiang.id } })).addDictionaryOption;
  expect(yiwu).toMatchObject({ code: '浙江省/义乌市', path: '浙江省 / 义乌市', parentId: zhejiang.id });
  expect(fieldsOf(await gql(it.as, ADD, { input: { kind: 'region', name: '稠城街道', parentId: yiwu.id } }))).toEqual(['parentId']);
  expect(fieldsOf(await gql(it.as, ADD, { input: { kind: 'region', name: '义乌市', parentId: zhejiang.id } }))).toEqual(['name']);
  // The same name under another province is another option.
  const hebei = (await optionsOf('region')).find((o) => o.code === '河北省')!;
  expect((await ok(it.as, ADD, { input: { kind: 'region', name: '义乌市', parentId: hebei.id } })).addDictionaryOption.code).toBe('河北省/义乌市');
  const byPath = (await ok(li.as, CREATE_CUSTOMER, { input: { name: '字典测试义乌小商品有限公司', region: '浙江省 / 义乌市' } })).createCustomer;
  expect(byPath.region).toBe('浙江省/义乌市');
  // A name two options share is ambiguous.
  expect(fieldsOf(await gql(li.as, CREATE_CUSTOMER, { input: { name: '字典测试含糊有限公司', region: '义乌市' } }))).toEqual(['region']);
  await ok(it.as, UPDATE, { id: yiwu.id, input: { name: '义乌' } });
  expect((await optionsOf('region')).find((o) => o.id === yiwu.id)).toMatchObject({ code: '浙江省/义乌市', path: '浙江省 / 义乌' });
});

test('reordering lists every sibling exactly once and is audited per moved option', async () => {
  const before = await optionsOf('payment_method');
  const ids = before.map((o) => o.id);
  expect(fieldsOf(await gql(it.as, REORDER, { input: { kind: 'payment_method', ids: ids.slice(1) } }))).toEqual(['ids']);
  expect(fieldsOf(await gql(it.as, REORDER, { input: { kind: 'payment_method', ids: [...ids, ids[0]] } }))).toEqual(['ids']);
  expect(codeOf(await gql(li.as, REORDER, { input: { kind: 'payment_method', ids } }))).toBe('FORBIDDEN');
  const reversed = [...ids].reverse();
  const result = (await ok(it.as, REORDER, { input: { kind: 'payment_method', ids: reversed } })).reorderDictionaryOptions;
  expect(result.map((o: Option) => o.id)).toEqual(reversed);
  expect((await optionsOf('payment_method')).map((o) => o.id)).toEqual(reversed);
  const moved = await db.getRepository(AuditLog).findBy({ entityType: 'dictionary_option', entityId: Number(ids[0]), action: 'update' });
  expect(moved.at(-1)!.changes).toMatchObject({ kind: 'payment_method', sortOrder: [1, ids.length] });
});

test('the migration turns free text that records already hold into options whose code is that text, without rewriting records', async () => {
  const owner = li.user;
  const old = await makeCustomer(db, owner, { name: '字典迁移测试古玩有限公司', industry: '古玩', region: '华北', source: '电话营销' });
  const runner = db.createQueryRunner();
  try {
    await runner.query('DELETE FROM dictionary_option');
    await new DictionaryData1796612993860().up(runner);
  } finally {
    await runner.release();
  }
  const options = await db.getRepository(DictionaryOption).findBy({ code: '古玩' });
  expect(options.map((o) => [o.kind, o.name, o.parentId, o.enabled])).toEqual([['industry', '古玩', 0, true]]);
  expect(await db.getRepository(DictionaryOption).countBy({ kind: 'region', code: '华北', parentId: 0 })).toBe(1);
  expect(await db.getRepository(DictionaryOption).countBy({ kind: 'customer_source', code: '电话营销' })).toBe(1);
  expect((await db.getRepository(Customer).findOneByOrFail({ id: old.id })).industry).toBe('古玩');
  // The record can be saved again with the value it holds.
  await ok(li.as, UPDATE_CUSTOMER, { id: String(old.id), input: { remarks: '迁移后', industry: '古玩' } });
});

test('filtering customers by a province finds those in its cities too; by a city only that city', async () => {
  const made: Record<string, string> = {};
  for (const [name, region] of [['省会广州客户', '广东省/广州市'], ['深圳湾客户', '广东省/深圳市'], ['广东省直属客户', '广东省'], ['杭州西湖客户', '浙江省/杭州市']]) {
    made[name] = (await ok(li.as, CREATE_CUSTOMER, { input: { name: `区域筛选${name}`, region } })).createCustomer.id;
  }
  const names = async (region: string) => ((await ok(li.as, 'query($f: CustomerFilter) { customers(first: 50, filter: $f) { nodes { name } } }', { f: { region, keyword: '区域筛选' } }))
    .customers.nodes as { name: string }[]).map((n) => n.name.replace('区域筛选', '')).sort();
  expect(await names('广东省')).toEqual(['广东省直属客户', '深圳湾客户', '省会广州客户'].sort());
  expect(await names('广东省/深圳市')).toEqual(['深圳湾客户']);
  // LIKE's wildcards in a value are plain characters.
  expect(await names('广东%')).toEqual([]);
});
