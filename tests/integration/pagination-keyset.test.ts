// Cursor pages are keyset ranges (the next page starts after the last row's sort key, so rows added at the top
// shift nothing), NULL sort keys included, and counts stop at 10 000 and say so (totalCountExact false).
import { DataSource } from 'typeorm';
import { Customer, User } from '@/entities';
import { COUNT_CAP } from '@/lib/pagination';
import { normalizeName } from '@/lib/text';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, ok, tokenFor } from '../support/api';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let owner: User; let as: As;

const LIST = `query($first: Int, $after: String, $orderBy: CustomerOrder) {
  customers(first: $first, after: $after, orderBy: $orderBy) { totalCount totalCountExact pageInfo { hasNextPage endCursor } nodes { id name } } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  owner = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  as = await tokenFor(db, owner);
  const same = new Date('2026-03-01T08:00:00Z');
  for (let i = 0; i < 23; i++) {
    await makeCustomer(db, owner, {
      name: `翻页客户${String(i % 5).padStart(2, '0')}-${i}有限公司`,
      nextFollowUpAt: i % 3 === 0 ? null : new Date(Date.UTC(2026, 4, 1 + (i % 4))),
    });
  }
  // Many rows share one updated time: the id breaks the tie.
  await db.createQueryBuilder().update(Customer).set({ updatedAt: same }).where('owner_id = :id AND id % 2 = 0', { id: owner.id }).execute();
});
afterAll(async () => closeTestDatabase(db));

async function walk(orderBy: { field: string; direction: string }, size: number) {
  const ids: string[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 50; guard++) {
    const page: any = (await ok(as, LIST, { first: size, after, orderBy })).customers;
    ids.push(...page.nodes.map((n: { id: string }) => n.id));
    if (!page.pageInfo.hasNextPage) return ids;
    after = page.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

test.each([
  ['UPDATED_AT', 'DESC'], ['UPDATED_AT', 'ASC'], ['NEXT_FOLLOW_UP_AT', 'ASC'], ['NEXT_FOLLOW_UP_AT', 'DESC'], ['NAME', 'ASC'], ['CREATED_AT', 'DESC'],
])('cursor pages by %s %s return every row once, in the order of one big page', async (field, direction) => {
  const orderBy = { field, direction };
  const all = (await ok(as, LIST, { first: 200, orderBy })).customers.nodes.map((n: { id: string }) => n.id);
  expect(all).toHaveLength(23);
  expect(await walk(orderBy, 4)).toEqual(all);
});

test('a row added above the cursor does not shift the next page (keyset, not offset)', async () => {
  const orderBy = { field: 'CREATED_AT', direction: 'DESC' };
  const first = (await ok(as, LIST, { first: 5, orderBy })).customers;
  const expected = (await ok(as, LIST, { first: 5, after: first.pageInfo.endCursor, orderBy })).customers.nodes.map((n: { id: string }) => n.id);
  await makeCustomer(db, owner, { name: '新加的客户有限公司', createdAt: new Date(Date.now() + 60_000) });
  const second = (await ok(as, LIST, { first: 5, after: first.pageInfo.endCursor, orderBy })).customers.nodes.map((n: { id: string }) => n.id);
  expect(second).toEqual(expected);
});

test('a count beyond the cap is reported as the cap with totalCountExact false; below it, exact', async () => {
  const small = (await ok(as, LIST, { first: 1 })).customers;
  expect(small).toMatchObject({ totalCount: 24, totalCountExact: true });
  const big = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  // One transaction: the keyword index (lib/search) is then written in batches at commit, not row by row.
  await db.transaction(async (manager) => {
    for (let start = 0; start <= COUNT_CAP; start += 500) {
      const rows = Array.from({ length: Math.min(500, COUNT_CAP + 1 - start) }, (_, i) => {
        const name = `批量客户${start + i}有限公司`;
        return { code: `KH-BULK${start + i}`, name, nameKey: normalizeName(name), ownerId: big.id, createdById: big.id };
      });
      await manager.createQueryBuilder().insert().into(Customer).values(rows).execute();
    }
  });
  const capped = (await ok(await tokenFor(db, big), LIST, { first: 3 })).customers;
  expect(capped).toMatchObject({ totalCount: COUNT_CAP, totalCountExact: false, pageInfo: { hasNextPage: true } });
  expect(capped.nodes).toHaveLength(3);
}, 60_000);
