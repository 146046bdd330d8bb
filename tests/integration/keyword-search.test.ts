// Keyword search (issue 9): the customer list's keyword finds exactly the readable customers whose name, code,
// contact name, mobile or phone — or a live contact the viewer may read — contains the keyword, compared after
// NFKC width folding and lower case. An independent oracle (plain JavaScript substring tests over the model and
// the scope oracle) decides every answer, so SQLite and MariaDB, both held to it, answer alike: 1-, 2-, 3- and
// 5-character queries, Chinese, Latin (any case or width) and digits, through both ways the code can take (the
// few matches read by id, and the walk when a keyword matches many records).
import { DataSource, In } from 'typeorm';
import { Contact, Customer, Lead, SearchDocument } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { documentOf } from '@/lib/search/search-text';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, gql, ok, tokenFor } from '../support/api';
import { ModelUser, OrgModel, clearOrg, generateOrg, prng } from '../support/org-generator';
import { ScopeOracle } from '../support/scope-oracle';

const SEED = 20261208;
let db: DataSource;
let model: OrgModel;
let oracle: ScopeOracle;
let viewers: ModelUser[];
const tokens = new Map<number, As>();

/** Searchable values per customer / contact, as the test wrote them. */
const customerText = new Map<number, string[]>();
const contactText = new Map<number, string[]>();
const deletedContacts = new Set<number>();
const leadText = new Map<number, string[]>();
let pool: number;

const WORDS = ['华信', '恒泰', '北京', '上海', '商贸', '科技', '瑞通', '鑫源', '张伟', '王芳', 'Ａｃｍｅ', 'ACME', 'acme', 'Kh', 'ＫＨ', 'ü'];
const FORMS = ['有限公司', '股份有限公司', '集团', ''];
const QUERIES = [
  '华', '信', '京', '司', '公', 'a', 'K', '8', '０', // one character (also a stop-listed one, ASCII, full-width digit)
  '华信', '北京', '公司', 'ac', 'ＡＣ', '13', '88', // two
  '华信商', '京华信', '有限公', 'cme', 'kh2', '138', // three
  '北京华信商', 'acme科', '13800', 'ＡＣＭＥ有', '00000', // five
  '张伟', '联系人', ' 华信 ', 'no-such-text', '%', '_',
];

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
const matches = (values: string[], q: string) => values.some((v) => norm(v).includes(norm(q)));

beforeAll(async () => {
  db = await openTestDatabase();
  await clearOrg(db);
  model = await generateOrg(db, SEED, { departments: 8, roles: 9, users: 24, customers: 120 });
  oracle = new ScopeOracle(model);
  const rnd = prng(SEED);
  // Names, codes, mobiles and phones from a small vocabulary, so keywords hit several records each; written through
  // the entity (as the services do), so the index follows by itself.
  const customers = await db.getRepository(Customer).findBy({ id: In(model.customers.map((c) => c.id)) });
  for (const [i, c] of customers.entries()) {
    c.name = `${rnd.pick(WORDS)}${rnd.pick(WORDS)}${rnd.pick(['商贸', '科技', ''])}${rnd.pick(FORMS)}${i}`;
    c.code = `${rnd.pick(['KH', 'kh', 'ＫＨ'])}2026${String(1000 + i)}`;
    c.contactName = rnd.chance(0.5) ? rnd.pick(['张伟', '王芳', 'Lily Chen', '李 雷']) : null;
    c.mobile = rnd.chance(0.7) ? `13${rnd.int(0, 9)}${String(rnd.int(0, 99999999)).padStart(8, '0')}` : null;
    c.phone = rnd.chance(0.3) ? `010-${String(rnd.int(0, 9999999)).padStart(7, '8')}` : null;
    await db.getRepository(Customer).save(c);
    customerText.set(c.id, [c.name, c.code, c.contactName ?? '', c.mobile ?? '', c.phone ?? '']);
  }
  const contacts = await db.getRepository(Contact).findBy({ id: In(model.contacts.map((c) => c.id)) });
  for (const ct of contacts) {
    if (rnd.chance(0.5)) {
      ct.name = rnd.pick(['张伟', '王芳', '华信之友', 'ACME Li', '赵六']);
      ct.mobile = rnd.chance(0.5) ? `138${String(rnd.int(0, 99999999)).padStart(8, '0')}` : null;
      ct.email = rnd.chance(0.3) ? `kh${ct.id}@acme.cn` : null;
      await db.getRepository(Contact).save(ct);
    }
    contactText.set(ct.id, [ct.name, ct.mobile ?? '', ct.phone ?? '', ct.email ?? '', ct.wechat ?? '']);
  }
  for (const ct of rnd.sample(contacts, 8)) deletedContacts.add(ct.id);
  await db.getRepository(Contact).update({ id: In([...deletedContacts]) }, { deletedAt: new Date() });

  // Leads with owners among the users; the regional pool (the one a department belongs to) for the pool list.
  const leads = Array.from({ length: 60 }, (_, i) => db.getRepository(Lead).create({
    name: rnd.pick(['张伟', '王芳', '华信', 'Lily']), company: rnd.chance(0.8) ? `${rnd.pick(WORDS)}${rnd.pick(FORMS)}` : null,
    mobile: rnd.chance(0.6) ? `138${String(rnd.int(0, 99999999)).padStart(8, '0')}` : null, phone: null,
    ownerId: rnd.pick(model.users).id, createdById: model.users[0].id, deletedAt: i % 20 === 0 ? new Date() : null,
  }));
  for (const lead of await db.getRepository(Lead).save(leads)) leadText.set(lead.id, [lead.name, lead.company ?? '', lead.mobile ?? '', lead.phone ?? '']);
  pool = model.customers.find((c) => c.poolId !== null)!.poolId!;

  const active = model.users.filter((u) => u.status === UserStatus.ACTIVE);
  // Every scope shape: the super administrator (ALL), the NONE role, and a spread of the random ones.
  viewers = [active[0], active[1], ...rnd.sample(active.slice(2), 8)];
  for (const v of viewers) tokens.set(v.id, await tokenFor(db, v.entity));
}, 300_000);
afterAll(async () => { delete process.env.SEARCH_CANDIDATE_CAP; await closeTestDatabase(db); });

/** The customers a keyword must find for the viewer (owned list, or the pool list), by the oracle. */
function expected(v: ModelUser, q: string, inPool: boolean): number[] {
  return model.customers
    .filter((c) => (inPool ? c.ownerId === null : c.ownerId !== null) && oracle.canReadCustomer(v.id, c))
    .filter((c) => matches(customerText.get(c.id)!, q)
      || model.contacts.some((ct) => ct.customerId === c.id && !deletedContacts.has(ct.id) && oracle.canReadContact(v.id, ct) && matches(contactText.get(ct.id)!, q)))
    .map((c) => c.id).sort((a, b) => a - b);
}

async function checkAll(label: string) {
  const bad: string[] = [];
  let found = 0;
  for (const v of viewers) {
    const as = tokens.get(v.id)!;
    if (!oracle.usable(v.id, 'customer')) continue;
    for (const q of QUERIES) {
      const data = await ok(as, `query($kw: String) { owned: customers(first: 200, filter: { keyword: $kw }) { totalCount nodes { id } }
        pool: customers(first: 200, filter: { keyword: $kw, inPool: true }) { totalCount nodes { id } } }`, { kw: q });
      for (const [key, inPool] of [['owned', false], ['pool', true]] as const) {
        const want = expected(v, q, inPool);
        const got = data[key].nodes.map((n: { id: string }) => Number(n.id)).sort((a: number, b: number) => a - b);
        found += got.length;
        if (JSON.stringify(got) !== JSON.stringify(want) || data[key].totalCount !== want.length) {
          bad.push(`${label} user ${v.id} ${key} "${q}": got ${JSON.stringify(got)} (${data[key].totalCount}), expected ${JSON.stringify(want)}`);
        }
      }
    }
  }
  expect(bad).toEqual([]);
  expect(found).toBeGreaterThan(100); // the queries do find things
}

test('customer keyword search equals the oracle for every viewer and query (matches read by id)', async () => {
  await checkAll('by id');
});

test('the same when every keyword counts as common (the list walks its index and checks each row)', async () => {
  process.env.SEARCH_CANDIDATE_CAP = '1';
  try {
    await checkAll('walk');
  } finally {
    delete process.env.SEARCH_CANDIDATE_CAP;
  }
});

test('contact, lead and pool lists: the keyword narrows each list to exactly its matching rows', async () => {
  const bad: string[] = [];
  const LISTS = {
    contacts: 'contacts(first: 200, filter: { keyword: $kw }) { totalCount nodes { id } }',
    leads: 'leads(first: 200, filter: { keyword: $kw }) { totalCount nodes { id } }',
    poolCustomers: 'poolCustomers(poolId: $pool, first: 200, filter: { keyword: $kw }) { totalCount nodes { id } }',
  };
  const ids = (list: { nodes: { id: string }[] }) => list.nodes.map((n) => Number(n.id)).sort((a, b) => a - b);
  const run = async (as: As, key: keyof typeof LISTS, kw: string | null) =>
    (await gql(as, `query($kw: String${key === 'poolCustomers' ? ', $pool: ID!' : ''}) { ${LISTS[key]} }`, key === 'poolCustomers' ? { kw, pool: String(pool) } : { kw }))
      .data?.[key] as { totalCount: number; nodes: { id: string }[] } | undefined;
  for (const cap of [undefined, '1']) {
    if (cap) process.env.SEARCH_CANDIDATE_CAP = cap; else delete process.env.SEARCH_CANDIDATE_CAP;
    for (const v of [viewers[0], ...viewers.slice(2)]) {
      const as = tokens.get(v.id)!;
      // Leads and the pool: the unfiltered list (held to an oracle by their own property tests) narrowed to the
      // matching rows; contacts: the scope oracle.
      const allLeads = await run(as, 'leads', null);
      const allPool = await run(as, 'poolCustomers', null);
      for (const q of QUERIES) {
        const wants: Record<keyof typeof LISTS, number[] | null> = {
          contacts: oracle.usable(v.id, 'contact') ? model.contacts.filter((ct) => !deletedContacts.has(ct.id) && oracle.canReadContact(v.id, ct) && matches(contactText.get(ct.id)!, q)).map((ct) => ct.id).sort((a, b) => a - b) : null,
          leads: allLeads ? ids(allLeads).filter((id) => matches(leadText.get(id)!, q)) : null,
          poolCustomers: allPool ? ids(allPool).filter((id) => matches(customerText.get(id)!, q)) : null,
        };
        for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
          const list = await run(as, key, q);
          const want = wants[key];
          if (want === null) { if (list) bad.push(`cap ${cap} user ${v.id} ${key} "${q}": answered without a scope`); continue; }
          if (!list || JSON.stringify(ids(list)) !== JSON.stringify(want) || list.totalCount !== want.length) {
            bad.push(`cap ${cap} user ${v.id} ${key} "${q}": got ${JSON.stringify(list ? ids(list) : null)}, expected ${JSON.stringify(want)}`);
          }
        }
      }
    }
  }
  delete process.env.SEARCH_CANDIDATE_CAP;
  expect(bad).toEqual([]);
});

test('the index follows edits made through the API: a renamed customer is found by its new name only', async () => {
  const admin = tokens.get(viewers[0].id)!;
  const target = model.customers.find((c) => c.ownerId !== null)!;
  const renamed = await gql(admin, 'mutation($id: ID!) { updateCustomer(id: $id, input: { name: "独一无二测试名称", mobile: "19912345678" }) { id name } }', { id: String(target.id) });
  expect(renamed.errors).toBeUndefined();
  const find = async (kw: string) => (await ok(admin, 'query($kw: String) { customers(first: 5, filter: { keyword: $kw }) { nodes { id } } }', { kw })).customers.nodes.map((n: { id: string }) => Number(n.id));
  expect(await find('一无二测')).toEqual([target.id]);
  expect(await find('12345678')).toEqual([target.id]);
  const oldName = customerText.get(target.id)![0];
  expect(await find(oldName)).not.toContain(target.id);

  // Updates by query builder name no rows: the rows holding the new values are reindexed (the last test checks all).
  const lead = [...leadText.keys()][1]; // a live one (every 20th, from the first, is in the recycle bin)
  await db.getRepository(Lead).update({ id: lead }, { company: '查询构建器改名公司' });
  await db.transaction((m) => m.getRepository(Contact).update({ customerId: target.id }, { name: '事务内改名' }));
  const leads = await ok(admin, 'query($kw: String) { leads(first: 5, filter: { keyword: $kw }) { nodes { id } } }', { kw: '构建器改' });
  expect(leads.leads.nodes.map((n: { id: string }) => Number(n.id))).toEqual([lead]);
});

test('every record\'s stored document equals its fields as they are now', async () => {
  const docs = new Map((await db.getRepository(SearchDocument).find()).map((d) => [`${d.recordType}:${d.recordId}`, d.text]));
  const mismatches: string[] = [];
  for (const c of await db.getRepository(Customer).find()) {
    const want = documentOf([c.name, c.code, c.contactName, c.mobile, c.phone]).text;
    if (docs.get(`1:${c.id}`) !== want) mismatches.push(`customer ${c.id}`);
  }
  for (const ct of await db.getRepository(Contact).find()) {
    if (docs.get(`2:${ct.id}`) !== documentOf([ct.name, ct.mobile, ct.phone, ct.email, ct.wechat]).text) mismatches.push(`contact ${ct.id}`);
  }
  for (const l of await db.getRepository(Lead).find()) {
    if (docs.get(`3:${l.id}`) !== documentOf([l.name, l.company, l.mobile, l.phone]).text) mismatches.push(`lead ${l.id}`);
  }
  expect(mismatches).toEqual([]);
});
