// Colleague pickers: the directory lists active users only; transfer targets are limited to the write scope.
import { DataSource } from 'typeorm';
import { UserStatus } from '@/entities/user.entity';
import { ScopeLevel } from '@/lib/access';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeDepartment, makeRole, makeUser, rootDepartment } from '../support/factories';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

test('transfer targets are the active users in the write scope; the directory shows every active colleague', async () => {
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  const beijing = await makeDepartment(db, north, '北京');
  const south = await makeDepartment(db, root, '华南');
  const lead = await makeRole(db, { read: ScopeLevel.SELF_AND_CHILDREN, write: ScopeLevel.SELF_AND_CHILDREN });
  const sales = await makeRole(db, { read: ScopeLevel.SELF });
  const boss = await makeUser(db, north, [lead], { name: '王经理' });
  const member = await makeUser(db, beijing, [sales], { name: '李销售' });
  const gone = await makeUser(db, beijing, [sales], { name: '离职者', status: UserStatus.DISABLED });
  const other = await makeUser(db, south, [sales], { name: '周销售' });

  const targets = await ok(await tokenFor(db, boss), '{ transferTargets { id name department { name } } }');
  const ids = targets.transferTargets.map((u: { id: string }) => Number(u.id)).sort();
  expect(ids).toEqual([boss.id, member.id].sort());
  expect(ids).not.toContain(gone.id);
  expect(ids).not.toContain(other.id);

  const mine = await ok(await tokenFor(db, member), '{ transferTargets { id } }');
  expect(mine.transferTargets.map((u: { id: string }) => Number(u.id))).toEqual([member.id]);

  const directory = await ok(await tokenFor(db, member), '{ userDirectory(keyword: "销售") { id name } }');
  expect(directory.userDirectory.map((u: { name: string }) => u.name).sort()).toEqual(['周销售', '李销售'].sort());

  expect(codeOf(await gql(await tokenFor(db, member), '{ transferTargets(module: "nonsense") { id } }'))).toBe('BAD_USER_INPUT');
  expect(codeOf(await gql(null, '{ userDirectory { id } }'))).toBe('UNAUTHENTICATED');
});
