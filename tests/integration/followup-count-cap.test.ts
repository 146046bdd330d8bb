// The follow-up list's count where every counted row costs a parent probe (a leader over many owners): it stops at
// 1 000 and says so ("1 000+", totalCountExact false); a salesperson's and an ALL viewer's counts stay exact.
import { DataSource } from 'typeorm';
import { FollowUp } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { ok } from '../support/api';
import { makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, actor } from './followup-support';
import { COUNT_CAP_BROAD } from '@/lib/pagination';

let db: DataSource;
let team: Actor[];
let leader: Actor;
let admin: Actor;
const PER_PERSON = 90;
const COUNT = '{ followUps(first: 5) { totalCount totalCountExact nodes { id } } }';

beforeAll(async () => {
  db = await openTestDatabase();
  const dept = await makeDepartment(db, await rootDepartment(db), '华东');
  leader = await actor(db, ['DEPT_MANAGER'], dept);
  admin = await actor(db, ['SUPER_ADMIN'], dept);
  team = [];
  for (let i = 0; i < 12; i++) team.push(await actor(db, ['SALES'], dept));
  const rows: Partial<FollowUp>[] = [];
  for (const person of team) {
    const customer = await makeCustomer(db, person.user);
    for (let k = 0; k < PER_PERSON; k++) {
      rows.push({ parentType: 'customer', parentId: customer.id, authorId: person.user.id, subject: '致电', method: 'CALL', objective: '回访', result: '满意', occurredAt: new Date(Date.now() - k * 60000) });
    }
  }
  await db.transaction(async (m) => {
    for (let i = 0; i < rows.length; i += 100) await m.createQueryBuilder().insert().into(FollowUp).values(rows.slice(i, i + 100)).updateEntity(false).execute();
  });
});
afterAll(async () => closeTestDatabase(db));

test('a leader over a dozen people sees "1 000+" instead of a count that probes every row', async () => {
  const { followUps } = await ok(leader.as, COUNT);
  expect(team.length * PER_PERSON).toBeGreaterThan(COUNT_CAP_BROAD);
  expect(followUps).toMatchObject({ totalCount: COUNT_CAP_BROAD, totalCountExact: false });
  expect(followUps.nodes).toHaveLength(5);
});

test('a salesperson\'s and the whole company\'s counts are exact', async () => {
  expect((await ok(team[0].as, COUNT)).followUps).toMatchObject({ totalCount: PER_PERSON, totalCountExact: true });
  const all = (await ok(admin.as, COUNT)).followUps;
  expect(all.totalCountExact).toBe(true);
  expect(all.totalCount).toBeGreaterThanOrEqual(team.length * PER_PERSON);
});
