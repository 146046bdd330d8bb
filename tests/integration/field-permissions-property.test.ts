// Field permissions (字段权限, SPEC 2.2; issue 13 item 4) against an independent oracle (tests/support/field-oracle.ts):
// generated sets of roles — each with its own scopes per module and random hidden / masked / read-only fields — are
// given to one user, who then reads and writes their own customer, contact and lead through the API. For every
// controlled field: the viewer's modes match the oracle; lookups and lists show the value, masked or null as the
// oracle says; the recorded history leaves hidden fields out and masks masked ones; the export leaves out hidden
// columns and masks masked ones; a filter or sort on a field not fully readable is refused, a keyword finds nothing
// through it; and a write of a field that is not editable is refused and writes nothing. A custom field of the
// customer (custom.tier) is generated and checked the same way: its value, export column, filter and write.
import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { DataSource, MoreThan } from 'typeorm';
import { AuditLog, Contact, CustomField, CustomFieldValue, Customer, Lead, Role, User, UserRole } from '@/entities';
import { CustomFieldType } from '@/entities/custom-field.entity';
import { GET as exportRoute } from '@/app/api/exports/route';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeRole, makeUser, rootDepartment } from '../support/factories';
import { OracleFieldMode, OracleFieldRole, oracleFieldMode, oracleShown } from '../support/field-oracle';

type Kind = 'text' | 'mobile' | 'phone' | 'email';
interface Spec { key: string; kind: Kind; value: string; header: string }
const t = (key: string, value: string, header: string, kind: Kind = 'text'): Spec => ({ key, kind, value, header });

// Every controlled field of the three modules, with a distinct value and the export's column header.
const FIELDS: Record<'customer' | 'contact' | 'lead', Spec[]> = {
  customer: [
    t('industry', '信息技术', '行业'), t('source', '展会', '来源'), t('region', '北京市', '地区'), t('address', '海淀区中关村大街1号', '地址'),
    t('postcode', '100080', '邮编'), t('profile', '一家做存储的公司', '公司概况'), t('contactName', '张三', '联系人'), t('contactPosition', '采购经理', '职务'),
    t('mobile', '13812345678', '手机', 'mobile'), t('phone', '010-87654321', '电话', 'phone'), t('email', 'zhangsan@example.com', '邮箱', 'email'),
    t('website', 'www.example.com', '网址'), t('remarks', '老客户介绍', '备注'),
  ],
  contact: [
    t('department', '采购部', '部门'), t('position', '主管', '职务'), t('mobile', '13698765432', '手机', 'mobile'), t('phone', '021-55556666', '电话', 'phone'),
    t('email', 'lisi@example.cn', '邮箱', 'email'), t('wechat', 'lisi_wx', '微信'), t('birthday', '1990-01-02', '生日'), t('remarks', '喜欢喝茶', '备注'),
  ],
  lead: [
    t('company', '上海某某贸易', '公司'), t('mobile', '13511112222', '手机', 'mobile'), t('phone', '0755-12345678', '电话', 'phone'),
    t('email', 'wangwu@example.org', '邮箱', 'email'), t('source', '官网', '来源'), t('address', '浦东新区', '地址'), t('remarks', '意向强', '备注'),
  ],
};
type Module = keyof typeof FIELDS;
/** A custom text field of customers, controlled as custom.tier. */
const TIER = { key: 'tier', field: 'custom.tier', value: '金牌客户', header: '客户分级' };
const MODULES = Object.keys(FIELDS) as Module[];
const values = (module: Module) => Object.fromEntries(FIELDS[module].map((f) => [f.key, f.value]));
const selection = (module: Module) => FIELDS[module].map((f) => f.key).join(' ');

let db: DataSource;
let viewer: User;
let as: As;
let customer: Customer;
let contact: Contact;
let lead: Lead;

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  viewer = await makeUser(db, root, []);
  as = await tokenFor(db, viewer);
  customer = await makeCustomer(db, viewer, values('customer'));
  const tier = await db.getRepository(CustomField).save(db.getRepository(CustomField).create({
    module: 'customer', key: TIER.key, label: TIER.header, type: CustomFieldType.TEXT, required: false, enabled: true, sortOrder: 1, dictionaryKind: null,
  }));
  await db.getRepository(CustomFieldValue).insert({ fieldId: tier.id, recordId: customer.id, textValue: TIER.value, numberValue: null, longValue: null });
  contact = await makeContact(db, customer, values('contact'));
  lead = await db.getRepository(Lead).save(db.getRepository(Lead).create({ name: '王五', ownerId: viewer.id, createdById: viewer.id, ...values('lead') }));
  // Recorded changes of every field (as an update would write them): what history and the audit log show.
  const change = (module: Module) => Object.fromEntries(FIELDS[module].map((f) => [f.key, [null, f.value]]));
  await db.getRepository(AuditLog).insert([
    { actorId: viewer.id, action: 'update', entityType: 'customer', entityId: customer.id, changes: { ...change('customer'), [TIER.field]: [null, TIER.value], name: ['旧名', customer.name] } },
    { actorId: viewer.id, action: 'update', entityType: 'contact', entityId: contact.id, changes: change('contact') },
    { actorId: viewer.id, action: 'update', entityType: 'lead', entityId: lead.id, changes: change('lead') },
  ] as never);
}, 120_000);
afterAll(async () => closeTestDatabase(db));

const LEVELS = ['NONE', 'SELF', 'ALL'] as const;
const MODES = ['HIDDEN', 'MASKED', 'READ_ONLY', 'EDITABLE'] as const;

const roleArb = fc.record({
  defaultRead: fc.constantFrom(...LEVELS),
  modules: fc.record(Object.fromEntries(MODULES.map((m) => [m, fc.option(fc.constantFrom(...LEVELS), { nil: undefined })])) as Record<Module, fc.Arbitrary<string | undefined>>),
  fields: fc.record(Object.fromEntries(MODULES.map((m) => [m, fc.record(Object.fromEntries(FIELDS[m].map((f) => [f.key, fc.constantFrom(...MODES)])))])) as Record<Module, fc.Arbitrary<Record<string, string>>>),
  tier: fc.constantFrom(...MODES),
});
type GeneratedRole = typeof roleArb extends fc.Arbitrary<infer T> ? T : never;

function toStored(role: GeneratedRole): OracleFieldRole {
  const moduleScopes: Record<string, { read: string; write: string }> = {};
  for (const m of MODULES) if (role.modules[m]) moduleScopes[m] = { read: role.modules[m]!, write: role.modules[m]! };
  const fieldPermissions: Record<string, Record<string, string>> = {};
  for (const m of MODULES) for (const [key, mode] of Object.entries(role.fields[m])) if (mode !== 'EDITABLE') (fieldPermissions[m] ??= {})[key] = mode;
  if (role.tier !== 'EDITABLE') (fieldPermissions.customer ??= {})[TIER.field] = role.tier;
  return { defaultScope: { read: role.defaultRead }, moduleScopes, fieldPermissions };
}

const PERMISSIONS = ['customer:update', 'customer:export', 'contact:update', 'contact:export', 'lead:update', 'lead:export'];

async function giveRoles(generated: GeneratedRole[]): Promise<OracleFieldRole[]> {
  await db.getRepository(UserRole).delete({ userId: viewer.id });
  const stored = generated.map(toStored);
  const roles: Role[] = [];
  for (const s of stored) {
    roles.push(await makeRole(db, {
      permissions: PERMISSIONS, defaultScope: { read: s.defaultScope.read, write: s.defaultScope.read },
      moduleScopes: s.moduleScopes as Role['moduleScopes'], fieldPermissions: s.fieldPermissions as Role['fieldPermissions'],
    }));
  }
  if (roles.length) await db.getRepository(UserRole).insert(roles.map((r) => ({ userId: viewer.id, roleId: r.id })));
  await db.query('UPDATE access_version SET version = version + 1 WHERE id = 1');
  return stored;
}

const readsModule = (roles: OracleFieldRole[], module: string) => roles.some((r) => (r.moduleScopes[module] ?? r.defaultScope).read !== 'NONE');

async function download(url: string) {
  const headers: Record<string, string> = as && 'token' in as ? { authorization: `Bearer ${as.token}` } : {};
  const res = await exportRoute(new NextRequest(`http://localhost${url}`, { headers }));
  return Buffer.from(await res.arrayBuffer()).toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((line) => line.split(','));
}

const EXPORTS: Record<Module, { mutation: string; input: string }> = {
  customer: { mutation: 'exportCustomersLink', input: 'ExportCustomersInput' },
  contact: { mutation: 'exportContactsLink', input: 'ExportContactsInput' },
  lead: { mutation: 'exportLeadsLink', input: 'ExportLeadsInput' },
};

async function checkModule(roles: OracleFieldRole[], module: Module, id: number) {
  const modes = Object.fromEntries(FIELDS[module].map((f) => [f.key, oracleFieldMode(roles, module, f.key)])) as Record<string, OracleFieldMode>;
  const visible = readsModule(roles, module);
  // Lookup, with the history the record page shows.
  // Contacts have no history of their own: their entries show in their customer's.
  const history = module === 'contact' ? '' : 'history { entityType changes }';
  const custom = module === 'customer' ? 'customFields { key value display }' : '';
  const answer = await gql(as, `query($id: ID!) { record: ${module}(id: $id) { id ${selection(module)} ${custom} ${history} } }`, { id: String(id) });
  if (!visible) { expect([codeOf(answer), answer.data?.record ?? null]).toEqual(['FORBIDDEN', null]); return; }
  expect(answer.errors).toBeUndefined();
  const found = answer.data.record;
  for (const f of FIELDS[module]) expect([module, f.key, modes[f.key], found[f.key]]).toEqual([module, f.key, modes[f.key], oracleShown(modes[f.key], f.kind, f.value)]);
  const tierMode = oracleFieldMode(roles, 'customer', TIER.field);
  if (module === 'customer') {
    const tier = (found.customFields as { key: string; value: string | null; display: string | null }[]).find((v) => v.key === TIER.key);
    expect([TIER.field, tierMode, tier?.display ?? null]).toEqual([TIER.field, tierMode, oracleShown(tierMode, 'text', TIER.value)]);
  }
  const shownTypes = module === 'customer' && readsModule(roles, 'contact') ? ['customer', 'contact'] as Module[] : module === 'contact' ? [] : [module];
  for (const type of shownTypes) {
    const typeModes = Object.fromEntries(FIELDS[type].map((f) => [f.key, oracleFieldMode(roles, type, f.key)]));
    const entry = found.history.find((h: { entityType: string }) => h.entityType === type);
    const changes = JSON.parse(entry.changes) as Record<string, unknown>;
    for (const f of FIELDS[type]) {
      if (typeModes[f.key] === 'HIDDEN') expect([type, f.key, f.key in changes]).toEqual([type, f.key, false]);
      else expect([type, f.key, changes[f.key]]).toEqual([type, f.key, [null, oracleShown(typeModes[f.key], f.kind, f.value)]]);
    }
    if (type === 'customer') {
      if (tierMode === 'HIDDEN') expect([TIER.field, TIER.field in changes]).toEqual([TIER.field, false]);
      else expect([TIER.field, changes[TIER.field]]).toEqual([TIER.field, [null, oracleShown(tierMode, 'text', TIER.value)]]);
    }
  }
  // Timeline: an update entry names only the fields the viewer may know of.
  const timeline = await ok(as, 'query($t: String!, $id: ID!) { timeline(targetType: $t, targetId: $id, first: 50, kinds: ["AUDIT"]) { edges { node { targetType summary } } } }', { t: module, id: String(id) });
  const summary = timeline.timeline.edges.map((e: { node: { targetType: string; summary: string | null } }) => e.node).find((n: { targetType: string; summary: string | null }) => n.targetType === module)?.summary ?? '';
  for (const f of FIELDS[module]) expect([f.key, summary.split(', ').includes(f.key)]).toEqual([f.key, modes[f.key] !== 'HIDDEN']);
  // Export of the record: hidden columns left out, masked values masked.
  const link = await ok(as, `mutation($input: ${EXPORTS[module].input}!) { r: ${EXPORTS[module].mutation}(input: $input) { url } }`, { input: { ids: [String(id)], format: 'CSV' } });
  const [headers, row] = await download(link.r.url);
  for (const f of FIELDS[module]) {
    const at = headers.indexOf(f.header);
    if (modes[f.key] === 'HIDDEN') expect([f.header, at]).toEqual([f.header, -1]);
    else expect([f.header, row[at]]).toEqual([f.header, oracleShown(modes[f.key], f.kind, f.value)]);
  }
  if (module === 'customer') {
    const at = headers.indexOf(TIER.header);
    if (tierMode === 'HIDDEN') expect([TIER.header, at]).toEqual([TIER.header, -1]);
    else expect([TIER.header, row[at]]).toEqual([TIER.header, oracleShown(tierMode, 'text', TIER.value)]);
    // A write of the custom field: accepted only when editable, else refused and nothing written. What an accepted
    // write changed (the value, its audit entry) is put back, so the next run's history checks see the entry above.
    const mark = (await db.getRepository(AuditLog).find({ select: { id: true }, order: { id: 'DESC' }, take: 1 }))[0]?.id ?? 0;
    const tierWrite = await gql(as, 'mutation($id: ID!, $input: UpdateCustomerInput!) { r: updateCustomer(id: $id, input: $input) { id } }',
      { id: String(id), input: { customFields: [{ key: TIER.key, value: '银牌客户' }] } });
    if (tierMode === 'EDITABLE') {
      expect(tierWrite.errors).toBeUndefined();
      expect((await db.getRepository(CustomFieldValue).findOneByOrFail({ recordId: id })).textValue).toBe('银牌客户');
      await db.getRepository(CustomFieldValue).update({ recordId: id }, { textValue: TIER.value });
      await db.getRepository(AuditLog).delete({ id: MoreThan(mark) });
    } else {
      expect([codeOf(tierWrite), tierWrite.errors?.[0]?.extensions?.fields]).toEqual(['BAD_USER_INPUT', [{ field: 'input.customFields.tier', message: 'is not a field you may set' }]]);
    }
    expect((await db.getRepository(CustomFieldValue).findOneByOrFail({ recordId: id, textValue: TIER.value })).textValue).toBe(TIER.value);
  }
  // Writes: a field that is not editable is refused and nothing changes; an editable one is accepted.
  const update = module === 'customer' ? 'updateCustomer' : module === 'contact' ? 'updateContact' : 'updateLead';
  const input = module === 'customer' ? 'UpdateCustomerInput' : module === 'contact' ? 'UpdateContactInput' : 'UpdateLeadInput';
  const mobile = FIELDS[module].find((f) => f.key === 'mobile')!;
  const sent = modes.mobile === 'EDITABLE' ? mobile.value : '13700000000';
  const written = await gql(as, `mutation($id: ID!, $input: ${input}!) { r: ${update}(id: $id, input: $input) { id } }`, { id: String(id), input: { mobile: sent } });
  if (modes.mobile === 'EDITABLE') expect(written.errors).toBeUndefined();
  else {
    expect([codeOf(written), written.errors?.[0]?.extensions?.fields]).toEqual(['BAD_USER_INPUT', [{ field: 'input.mobile', message: 'is not a field you may set' }]]);
    const entity = module === 'customer' ? Customer : module === 'contact' ? Contact : Lead;
    expect((await db.getRepository(entity).findOneByOrFail({ id }) as { mobile: string }).mobile).toBe(mobile.value);
  }
}

test('every controlled field shows, hides, masks, filters and writes as the oracle says, for generated roles', async () => {
  await fc.assert(fc.asyncProperty(fc.array(roleArb, { minLength: 0, maxLength: 3 }), async (generated) => {
    const roles = await giveRoles(generated);
    const mine = (await ok(as, '{ myFieldPermissions { module field mode } }')).myFieldPermissions as { module: string; field: string; mode: string }[];
    for (const m of MODULES) for (const f of FIELDS[m]) {
      expect([m, f.key, mine.find((p) => p.module === m && p.field === f.key)?.mode]).toEqual([m, f.key, oracleFieldMode(roles, m, f.key)]);
    }
    expect([TIER.field, mine.find((p) => p.module === 'customer' && p.field === TIER.field)?.mode]).toEqual([TIER.field, oracleFieldMode(roles, 'customer', TIER.field)]);
    await checkModule(roles, 'customer', customer.id);
    await checkModule(roles, 'contact', contact.id);
    await checkModule(roles, 'lead', lead.id);

    // Filters and sorts on a field not fully readable are refused; on a readable one they answer.
    const readable = (m: Module, key: string) => ['READ_ONLY', 'EDITABLE'].includes(oracleFieldMode(roles, m, key));
    if (readsModule(roles, 'customer')) {
      const bySource = await gql(as, '{ customers(filter: { source: "展会" }, first: 5) { totalCount } }');
      if (readable('customer', 'source')) expect(bySource.data?.customers.totalCount).toBe(1);
      else expect([codeOf(bySource), bySource.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'filter.source']);
      const byTier = await gql(as, 'query($f: CustomerFilter) { customers(filter: $f, first: 5) { totalCount } }', { f: { customFields: [{ key: TIER.key, equals: [TIER.value] }] } });
      if (readable('customer', TIER.field)) expect(byTier.data?.customers.totalCount).toBe(1);
      else expect([codeOf(byTier), byTier.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'filter.customFields.0.key']);
      // A keyword finds the customer through its own mobile, or its contact's, only when that mobile is readable.
      const find = async (keyword: string) => (await ok(as, 'query($k: String) { customers(filter: { keyword: $k }, first: 5) { totalCount } }', { k: keyword })).customers.totalCount;
      expect(['own mobile', await find('13812345678')]).toEqual(['own mobile', readable('customer', 'mobile') ? 1 : 0]);
      const viaContact = readsModule(roles, 'contact') && readable('contact', 'mobile');
      expect(['contact mobile', await find('13698765432')]).toEqual(['contact mobile', viaContact ? 1 : 0]);
    }
    if (readsModule(roles, 'lead')) {
      const sorted = await gql(as, '{ leads(orderBy: { field: COMPANY, direction: ASC }, first: 5) { totalCount } }');
      if (readable('lead', 'company')) expect(sorted.errors).toBeUndefined();
      else expect([codeOf(sorted), sorted.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'orderBy.field']);
      const byKeyword = await ok(as, '{ leads(filter: { keyword: "13511112222" }, first: 5) { totalCount } }');
      expect(['lead mobile', byKeyword.leads.totalCount]).toEqual(['lead mobile', readable('lead', 'mobile') ? 1 : 0]);
    }
  }), { numRuns: Number(process.env.FIELD_PROPERTY_RUNS ?? 25), seed: Number(process.env.FIELD_PROPERTY_SEED ?? 20261207) });
}, 600_000);
