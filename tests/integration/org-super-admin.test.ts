// The super administrator role: several users may hold it, only a holder grants it, and the last active
// holder can neither lose it nor be disabled.
import { DataSource } from 'typeorm';
import { loadViewer } from '@/lib/access';
import { assertNotLastSuperAdmin } from '@/lib/org/user-policy';
import { disableUser } from '@/lib/org/user-status.service';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, tokenFor } from '../support/api';
import { makeUser, roleByCode, rootDepartment } from '../support/factories';
import { expectUnchanged } from './org-support';

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

const UPDATE = 'mutation($id: ID!, $input: UpdateUserInput!) { updateUser(id: $id, input: $input) { id roles { code } } }';
const DISABLE = 'mutation($id: ID!) { disableUser(id: $id) { id status } }';

test('the last active super administrator cannot lose the role or be disabled; with a second one, demotion works', async () => {
  const root = await rootDepartment(db);
  const superRole = await roleByCode(db, 'SUPER_ADMIN');
  const sales = await roleByCode(db, 'SALES');
  const first = await makeUser(db, root, [superRole]);
  const as = await tokenFor(db, first);

  await expectUnchanged(db, async () => {
    const demote = await gql(as, UPDATE, { id: first.id, input: { roleIds: [sales.id] } });
    expect(codeOf(demote)).toBe('CONFLICT');
    expect(demote.errors![0].message).toMatch(/last active super administrator/);
    expect(codeOf(await gql(as, DISABLE, { id: first.id }))).toBe('BAD_USER_INPUT');
  });

  // An INACTIVE holder (never signed in) does not count as a remaining active one.
  const inactive = await makeUser(db, root, [superRole], { status: 'INACTIVE' as never });
  expect(codeOf(await gql(as, UPDATE, { id: first.id, input: { roleIds: [sales.id] } }))).toBe('CONFLICT');
  expect((await ok(as, DISABLE, { id: inactive.id })).disableUser.status).toBe('DISABLED');

  const second = await makeUser(db, root, [superRole]);
  const demoted = await ok(as, UPDATE, { id: first.id, input: { roleIds: [sales.id] } });
  expect(demoted.updateUser.roles).toEqual([{ code: 'SALES' }]);

  // The guard itself holds even for a caller past every other check (e.g. a concurrent request).
  await expect(db.transaction((m) => assertNotLastSuperAdmin(m, second, 'disable'))).rejects.toMatchObject({ code: 'CONFLICT' });
  const viewer = (await loadViewer(db.manager, second.id))!.viewer;
  await expect(disableUser(db, viewer, second.id)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
});

test('a super administrator may grant the role to a second holder and disable another holder', async () => {
  const root = await rootDepartment(db);
  const superRole = await roleByCode(db, 'SUPER_ADMIN');
  const a = await makeUser(db, root, [superRole]);
  const b = await makeUser(db, root, [await roleByCode(db, 'SALES')]);
  const as = await tokenFor(db, a);
  const granted = await ok(as, UPDATE, { id: b.id, input: { roleIds: [superRole.id] } });
  expect(granted.updateUser.roles).toEqual([{ code: 'SUPER_ADMIN' }]);
  expect((await ok(as, DISABLE, { id: b.id })).disableUser.status).toBe('DISABLED');
});
