// Smoke: the endpoint answers a signed-in user and refuses an anonymous one.
import { DataSource } from 'typeorm';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

test('a salesperson lists their own customer and an anonymous caller is UNAUTHENTICATED', async () => {
  const root = await rootDepartment(db);
  const li = await makeUser(db, root, [await roleByCode(db, 'SALES')]);
  await makeCustomer(db, li, { name: '北京测试科技有限公司' });
  const data = await ok(await tokenFor(db, li), '{ customers { totalCount nodes { name owner { id username } } } }');
  expect(data.customers.totalCount).toBe(1);
  expect(data.customers.nodes[0].owner.username).toBe(li.username);
  expect(codeOf(await gql(null, '{ customers { totalCount } }'))).toBe('UNAUTHENTICATED');
});
