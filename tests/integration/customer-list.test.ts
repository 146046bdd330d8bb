// The customer list: cursor and offset pagination, totalCount, every filter and every sort order.
import { DataSource, In } from 'typeorm';
import { Customer, Department, User } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { reindexRecords } from '@/lib/search/search-index';

let db: DataSource;
let region: Department;
let team: Department;
let lead: User;
let seller: User;
let junior: User;
let outsider: User;
let asLead: As;
let mine: Customer[];

const LIST = `query($first: Int, $after: String, $offset: Int, $filter: CustomerFilter, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, offset: $offset, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`;

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; nodes: { id: string }[] };
const list = async (vars: Record<string, unknown>): Promise<Page> => (await ok(asLead, LIST, vars)).customers;
const ids = (page: Page) => page.nodes.map((n) => Number(n.id));
const at = (iso: string) => iso.replace('T', ' ').replace('Z', '');

/** Sets timestamps the ORM manages itself, straight in SQL (same statement on both databases). */
async function stamp(c: Customer, createdAt: string, updatedAt: string) {
  await db.query('UPDATE customer SET created_at = ?, updated_at = ? WHERE id = ?', [at(createdAt), at(updatedAt), c.id]);
}

beforeAll(async () => {
  db = await openTestDatabase();
  const sales = await roleByCode(db, 'SALES');
  const root = await rootDepartment(db);
  region = await makeDepartment(db, root, '华东大区');
  team = await makeDepartment(db, region, '杭州组');
  const other = await makeDepartment(db, root, '西南大区');
  const leader = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF, permissions: sales.permissions });
  lead = await makeUser(db, region, [leader], { name: '大区经理' });
  seller = await makeUser(db, region, [sales], { name: '销售甲' });
  junior = await makeUser(db, team, [sales], { name: '销售乙' });
  outsider = await makeUser(db, other, [sales], { name: '西南销售' });
  asLead = await tokenFor(db, lead);

  // 24 customers in the lead's scope, with varied attributes and timestamps; a few outside it.
  const owners = [lead, seller, junior];
  const levels = [CustomerLevel.CORE, CustomerLevel.HIGH_GROWTH, CustomerLevel.NORMAL];
  mine = [];
  for (let i = 0; i < 24; i++) {
    const c = await makeCustomer(db, owners[i % 3], {
      name: `${String.fromCharCode(65 + ((i * 7) % 24))}-客户${i}`,
      type: i % 4 === 0 ? CustomerType.DISTRIBUTOR : CustomerType.DIRECT,
      level: levels[i % 3],
      source: i % 2 ? '展会' : '网络',
      industry: i % 5 === 0 ? '医疗' : '制造',
      lastFollowUpAt: i % 3 === 0 ? null : new Date(Date.UTC(2025, 0, 1 + (i % 7))),
      nextFollowUpAt: i % 4 === 0 ? null : new Date(Date.UTC(2025, 5, 1 + (i % 5))),
    });
    // Pairs share a creation second, so the id must break ties.
    await stamp(c, `2024-03-${String(1 + Math.floor(i / 2)).padStart(2, '0')}T08:00:00Z`, `2024-06-${String(1 + (i % 12)).padStart(2, '0')}T09:30:00Z`);
    mine.push(c);
  }
  for (let i = 0; i < 4; i++) await makeCustomer(db, outsider, { name: `西南客户${i}`, source: '展会', industry: '医疗', level: CustomerLevel.CORE });
  mine = await db.getRepository(Customer).find({ where: { ownerId: In([lead.id, seller.id, junior.id]) }, order: { id: 'ASC' } });
});
afterAll(async () => closeTestDatabase(db));

describe('pagination', () => {
  test('first/after cursors walk every visible customer exactly once, in the same stable order as one big page', async () => {
    const all = await list({ first: 200 });
    expect(all.totalCount).toBe(24);
    expect(ids(all)).toHaveLength(24);
    const walked: number[] = [];
    let after: string | null = null;
    const flags: [boolean, boolean][] = [];
    for (;;) {
      const page: Page = await list({ first: 10, after });
      expect(page.totalCount).toBe(24);
      walked.push(...ids(page));
      flags.push([page.pageInfo.hasPreviousPage, page.pageInfo.hasNextPage]);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(walked).toEqual(ids(all));
    expect(flags).toEqual([[false, true], [true, true], [true, false]]);
    // Asking twice gives the same order (ties on updatedAt are broken by id).
    expect(ids(await list({ first: 200 }))).toEqual(ids(all));
  });

  test('offset skips rows like a page-number UI, and edges carry cursors that continue from that row', async () => {
    const all = ids(await list({ first: 200 }));
    const page = await ok(asLead, LIST, { first: 5, offset: 7 });
    expect(ids(page.customers)).toEqual(all.slice(7, 12));
    expect(page.customers.pageInfo.hasPreviousPage).toBe(true);
    const next = await list({ first: 3, after: page.customers.edges[4].cursor });
    expect(ids(next)).toEqual(all.slice(12, 15));
    expect(ids(await list({ first: 10, offset: 20 }))).toEqual(all.slice(20));
    const empty = await list({ first: 0 });
    expect([empty.nodes.length, empty.totalCount]).toEqual([0, 24]);
  });

  test('a forged cursor, a page over 200 or a negative offset is BAD_USER_INPUT', async () => {
    expect(codeOf(await gql(asLead, LIST, { first: 5, after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(asLead, LIST, { first: 5, after: Buffer.from('o:-3').toString('base64url') }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(asLead, LIST, { first: 201 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(asLead, LIST, { first: 5, offset: -1 }))).toBe('BAD_USER_INPUT');
  });
});

describe('filters', () => {
  const filtered = async (filter: Record<string, unknown>) => {
    const page = await list({ first: 200, filter });
    expect(page.totalCount).toBe(page.nodes.length);
    return ids(page).sort((a, b) => a - b);
  };
  const expected = (pick: (c: Customer) => boolean) => mine.filter(pick).map((c) => c.id).sort((a, b) => a - b);

  test('keyword matches name, code, the main contact name and phone, and contacts by name or phone', async () => {
    const [a, b, c, d, e] = mine;
    // Straight SQL keeping updated_at (MySQL would bump it), so the range and order tests see the stamped values.
    await db.query('UPDATE customer SET contact_name = ?, mobile = ?, updated_at = updated_at WHERE id = ?', ['钱主任', '13900001111', b.id]);
    await reindexRecords(db.manager, 'customer', [b.id]); // raw SQL skips the search index's subscriber
    await makeContact(db, c, { name: '孙经理', mobile: '13700002222' });
    await makeContact(db, d, { name: '李秘书', phone: '0571-88886666' });
    await makeContact(db, e, { name: '已删除的联系人', deletedAt: new Date() });
    expect(await filtered({ keyword: a.name })).toEqual([a.id]);
    expect(await filtered({ keyword: a.code })).toEqual([a.id]);
    expect(await filtered({ keyword: '钱主任' })).toEqual([b.id]);
    expect(await filtered({ keyword: '0000111' })).toEqual([b.id]);
    expect(await filtered({ keyword: '孙经理' })).toEqual([c.id]);
    expect(await filtered({ keyword: '13700002222' })).toEqual([c.id]);
    expect(await filtered({ keyword: '88886666' })).toEqual([d.id]);
    expect(await filtered({ keyword: '已删除的联系人' })).toEqual([]);
    // LIKE wildcards in the keyword are literal characters.
    expect(await filtered({ keyword: '%' })).toEqual([]);
    expect(await filtered({ keyword: '_' })).toEqual([]);
  });

  test('owner and department (with its sub-departments) filters', async () => {
    expect(await filtered({ ownerId: String(junior.id) })).toEqual(expected((c) => c.ownerId === junior.id));
    expect(await filtered({ departmentId: String(team.id) })).toEqual(expected((c) => c.ownerId === junior.id));
    expect(await filtered({ departmentId: String(region.id) })).toEqual(expected(() => true));
    // A filter naming someone outside the scope finds nothing, exactly as a filter on a stranger would.
    expect(await filtered({ ownerId: String(outsider.id) })).toEqual([]);
    expect(await filtered({ ownerId: '99999999' })).toEqual([]);
  });

  test('type, level, source and industry filters, alone and combined', async () => {
    expect(await filtered({ type: 'DISTRIBUTOR' })).toEqual(expected((c) => c.type === CustomerType.DISTRIBUTOR));
    expect(await filtered({ level: 'HIGH_GROWTH' })).toEqual(expected((c) => c.level === CustomerLevel.HIGH_GROWTH));
    expect(await filtered({ source: '展会' })).toEqual(expected((c) => c.source === '展会'));
    expect(await filtered({ industry: '医疗' })).toEqual(expected((c) => c.industry === '医疗'));
    expect(await filtered({ industry: '医疗', level: 'CORE', source: '网络' }))
      .toEqual(expected((c) => c.industry === '医疗' && c.level === CustomerLevel.CORE && c.source === '网络'));
  });

  test('created and updated ranges include both ends', async () => {
    const created = (c: Customer) => c.createdAt.toISOString();
    const updated = (c: Customer) => c.updatedAt.toISOString();
    const rows = await db.getRepository(Customer).findBy({ id: In(mine.map((c) => c.id)) });
    const inRange = (value: string, from: string, to: string) => value >= from && value <= to;
    expect(await filtered({ createdFrom: '2024-03-03T00:00:00Z', createdTo: '2024-03-05T23:59:59Z' }))
      .toEqual(rows.filter((c) => inRange(created(c), '2024-03-03', '2024-03-05T23:59:59Z')).map((c) => c.id).sort((a, b) => a - b));
    expect(await filtered({ createdFrom: '2024-03-03T00:00:00Z', createdTo: '2024-03-05T23:59:59Z' })).toHaveLength(6);
    expect(await filtered({ updatedFrom: '2024-06-10T00:00:00Z' })).toHaveLength(rows.filter((c) => updated(c) >= '2024-06-10').length);
    expect(await filtered({ updatedTo: '2024-06-02T23:00:00Z' })).toHaveLength(4);
    expect(await filtered({ createdFrom: '2030-01-01T00:00:00Z' })).toEqual([]);
  });
});

describe('orderBy', () => {
  const key = (c: Customer, field: string): string | number => {
    const value = { NAME: c.nameSort, CODE: c.code, LEVEL: c.level, CREATED_AT: c.createdAt, UPDATED_AT: c.updatedAt, LAST_FOLLOW_UP_AT: c.lastFollowUpAt, NEXT_FOLLOW_UP_AT: c.nextFollowUpAt }[field];
    if (value === null || value === undefined) return -Infinity; // NULLs come first ascending on both databases
    return value instanceof Date ? value.getTime() : value;
  };

  test.each(['NAME', 'CODE', 'LEVEL', 'CREATED_AT', 'UPDATED_AT', 'LAST_FOLLOW_UP_AT', 'NEXT_FOLLOW_UP_AT'])('%s sorts both ways with the id breaking ties', async (field) => {
    const rows = await db.getRepository(Customer).findBy({ id: In(mine.map((c) => c.id)) });
    for (const direction of ['ASC', 'DESC']) {
      const sign = direction === 'ASC' ? 1 : -1;
      const want = [...rows].sort((a, b) => {
        const [x, y] = [key(a, field), key(b, field)];
        return sign * (x < y ? -1 : x > y ? 1 : a.id - b.id);
      }).map((c) => c.id);
      expect(ids(await list({ first: 200, orderBy: { field, direction } }))).toEqual(want);
    }
  });

  test('the default order is most recently updated first', async () => {
    const rows = await db.getRepository(Customer).findBy({ id: In(mine.map((c) => c.id)) });
    const want = [...rows].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || b.id - a.id).map((c) => c.id);
    expect(ids(await list({ first: 200 }))).toEqual(want);
  });
});

describe('more filters', () => {
  test('region, deal status, lock and public-pool filters', async () => {
    const [a, b] = mine;
    await db.query('UPDATE customer SET region = ?, deal_status = ?, locked = ?, updated_at = updated_at WHERE id = ?', ['华东', 'DEAL', true, a.id]);
    await db.query('UPDATE customer SET region = ?, updated_at = updated_at WHERE id = ?', ['华东', b.id]);
    // An owner-less customer in the default pool, whose members are every department.
    const pooled = await makeCustomer(db, null, { name: 'Z-公海客户' });
    await db.query('UPDATE customer SET pool_id = (SELECT id FROM pool WHERE is_default = ?) WHERE id = ?', [true, pooled.id]);
    const filtered = async (filter: Record<string, unknown>) => ids(await list({ first: 200, filter })).sort((x, y) => x - y);
    expect(await filtered({ region: '华东' })).toEqual([a.id, b.id].sort((x, y) => x - y));
    expect(await filtered({ dealStatus: 'DEAL' })).toEqual([a.id]);
    expect(await filtered({ locked: true })).toEqual([a.id]);
    expect(await filtered({ locked: false })).not.toContain(a.id);
    expect(await filtered({ inPool: true })).toEqual([pooled.id]);
    expect(await filtered({ inPool: false })).toHaveLength(24);
  });
});
