// Property test of opportunity scopes (SPEC 2.3): random organisations from a seed; for every user the API (real
// route handler, real API token) must agree with an independent oracle written from the spec — the owner is in the
// user's opportunity scope, OR the user sits on the customer's team. Checked: list ids and totalCount (live and
// recycle bin), lookups by id with viewerCanEdit / viewerCanManage, the outcome of updateOpportunity, and the
// board's per-stage counts and exact amount sums. Replay with OPPORTUNITY_SCOPE_SEED=<seed>.
import { DataSource, Not } from 'typeorm';
import {
  ApiToken, AuditLog, Contact, Customer, CustomerTeamMember, Department, Notification, Opportunity, OpportunityContact,
  OpportunityLine, OpportunityProgress, OpportunityStage, Role, User, UserRole,
} from '@/entities';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { UserStatus } from '@/entities/user.entity';
import { PERMISSION_GROUPS, ScopeLevel } from '@/lib/access';
import { normalizeName } from '@/lib/text';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, GqlResult, codeOf, gql, tokenFor } from '../support/api';
import { gqlAliased } from '../support/aliased';
import { makeDepartment, makeRole, makeUser, roleByCode, rootDepartment } from '../support/factories';
import { prng } from '../support/org-generator';

const FIXED_SEEDS = [20261124, 99];
const seeds = process.env.OPPORTUNITY_SCOPE_SEED
  ? process.env.OPPORTUNITY_SCOPE_SEED.split(',').map((s) => Number(s.trim()))
  : [...FIXED_SEEDS, Math.floor(Math.random() * 2 ** 31)];
const MISSING_ID = 987654321;
const LEVELS = ['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL'] as const;
type Level = (typeof LEVELS)[number];

interface MRole { id: number; superAdmin: boolean; read: Level; write: Level; custom: { departmentId: number; includeChildren: boolean }[] }
interface MUser { id: number; departmentId: number; roles: MRole[]; active: boolean; entity: User }
interface MOpportunity { id: number; ownerId: number; customerId: number; stageId: number; cents: bigint; deleted: boolean }
interface Model { parentOf: Map<number, number | null>; users: MUser[]; seats: Map<string, boolean>; opportunities: MOpportunity[]; stages: { id: number; sort: number }[] }

/** The oracle: SPEC 2.3 over the plain model, without lib/access. */
class Oracle {
  private readonly byId: Map<number, MUser>;
  constructor(private readonly m: Model) { this.byId = new Map(m.users.map((u) => [u.id, u])); }
  private within(dept: number, ancestor: number) {
    for (let at: number | null | undefined = dept; at != null; at = this.m.parentOf.get(at)) if (at === ancestor) return true;
    return false;
  }
  private covers(viewer: MUser, role: MRole, level: Level, ownerId: number) {
    if (role.superAdmin || level === 'ALL') return true;
    const owner = this.byId.get(ownerId)!;
    if (level === 'SELF') return ownerId === viewer.id;
    if (level === 'SELF_AND_CHILDREN') return ownerId === viewer.id || this.within(owner.departmentId, viewer.departmentId);
    if (level === 'CUSTOM') return ownerId === viewer.id || role.custom.some((d) => (d.includeChildren ? this.within(owner.departmentId, d.departmentId) : owner.departmentId === d.departmentId));
    return false;
  }
  private ownerReadable(v: MUser, ownerId: number) { return v.roles.some((r) => this.covers(v, r, r.read, ownerId)); }
  /** Write by owner: in a write scope and, since write is never wider than read, in the read scope. */
  private ownerWritable(v: MUser, ownerId: number) { return this.ownerReadable(v, ownerId) && v.roles.some((r) => this.covers(v, r, r.write, ownerId)); }
  private seat(v: MUser, customerId: number) { return this.m.seats.get(`${customerId}:${v.id}`); }
  canRead(v: MUser, o: MOpportunity) { return this.ownerReadable(v, o.ownerId) || this.seat(v, o.customerId) !== undefined; }
  canEdit(v: MUser, o: MOpportunity) { return this.ownerWritable(v, o.ownerId) || this.seat(v, o.customerId) === true; }
  canManage(v: MUser, o: MOpportunity) { return this.ownerWritable(v, o.ownerId); }
  usable(v: MUser) { return v.roles.some((r) => r.superAdmin || r.read !== 'NONE') || [...this.m.seats.keys()].some((k) => k.endsWith(`:${v.id}`)); }
  updateOutcome(v: MUser, o: MOpportunity | undefined) {
    if (!o || !this.canRead(v, o)) return 'NOT_FOUND';
    if (!this.canEdit(v, o)) return 'FORBIDDEN';
    return o.deleted ? 'NOT_FOUND' : 'OK'; // only live opportunities are edited
  }
}

async function clear(db: DataSource) {
  const root = await rootDepartment(db);
  for (const entity of [AuditLog, Notification, OpportunityProgress, OpportunityContact, OpportunityLine, Opportunity, CustomerTeamMember, Contact, Customer, ApiToken, UserRole, User]) {
    await db.createQueryBuilder().delete().from(entity).execute();
  }
  await db.getRepository(Role).delete({ builtin: false });
  await db.getRepository(Department).delete({ id: Not(root.id) });
}

async function generate(db: DataSource, seed: number): Promise<Model> {
  const rnd = prng(seed);
  const root = await rootDepartment(db);
  const depts: (Department & { depth: number })[] = [Object.assign(root, { depth: 0 })];
  for (let i = 0; i < 9; i++) {
    const parent = rnd.pick(depts.filter((d) => d.depth < 4));
    depts.push(Object.assign(await makeDepartment(db, parent, `商机部门${seed % 1000}-${i}`), { depth: parent.depth + 1 }));
  }
  const permissions = [...PERMISSION_GROUPS.opportunity, ...PERMISSION_GROUPS.customer];
  const roles: MRole[] = [];
  for (let i = 0; i < 8; i++) {
    const read: Level = i < LEVELS.length ? LEVELS[i] : rnd.pick(LEVELS);
    // Write drawn independently half the time, so some roles claim a write scope wider than their read scope.
    const write: Level = rnd.chance(0.5) ? read : rnd.pick(LEVELS);
    const custom = rnd.sample(depts.map((d) => d.id), rnd.int(1, 3)).map((departmentId) => ({ departmentId, includeChildren: rnd.chance(0.5) }));
    // Either the opportunity module's own setting or, through the role-wide default, the same levels.
    const own = rnd.chance(0.5);
    const other = { read: rnd.pick(LEVELS) as ScopeLevel, write: rnd.pick(LEVELS) as ScopeLevel };
    const levels = { read: read as ScopeLevel, write: write as ScopeLevel };
    const saved = await makeRole(db, {
      permissions, customDepartments: custom,
      defaultScope: own ? other : levels, moduleScopes: own ? { opportunity: levels, customer: other } : { customer: other },
    });
    roles.push({ id: saved.id, superAdmin: false, read, write, custom });
  }
  // A reader who may change nothing, so every organisation has FORBIDDEN answers too.
  const reader = await makeRole(db, { permissions, defaultScope: { read: ScopeLevel.ALL, write: ScopeLevel.NONE } });
  roles.push({ id: reader.id, superAdmin: false, read: 'ALL', write: 'NONE', custom: [] });
  const superRole: MRole = { id: (await roleByCode(db, 'SUPER_ADMIN')).id, superAdmin: true, read: 'ALL', write: 'ALL', custom: [] };
  const users: MUser[] = [];
  for (let i = 0; i < 20; i++) {
    const picked = i === 0 ? [superRole] : i === 1 ? [roles[roles.length - 1]] : rnd.sample(roles, rnd.int(1, 2));
    const active = i <= 1 || !rnd.chance(0.1);
    const dept = rnd.pick(depts);
    const entity = await makeUser(db, dept, picked.map((r) => ({ id: r.id }) as Role), { status: active ? UserStatus.ACTIVE : UserStatus.DISABLED });
    users.push({ id: entity.id, departmentId: dept.id, roles: picked, active, entity });
  }
  const customerRows = Array.from({ length: 30 }, (_, i) => {
    const name = `商机随机客户${seed}-${i}`;
    const owner = rnd.pick(users);
    return { code: `KH-O${seed % 100000}-${i}`, name, nameKey: normalizeName(name), ownerId: owner.id, createdById: owner.id };
  });
  await db.getRepository(Customer).insert(customerRows);
  const customers = await db.getRepository(Customer).find({ order: { id: 'ASC' } });
  const seats = new Map<string, boolean>();
  for (let i = 0; i < 25; i++) {
    const customer = rnd.pick(customers);
    const user = rnd.pick(users);
    if (user.id !== customer.ownerId) seats.set(`${customer.id}:${user.id}`, rnd.chance(0.5));
  }
  if (seats.size) {
    await db.getRepository(CustomerTeamMember).insert([...seats].map(([key, canEdit]) => {
      const [customerId, userId] = key.split(':').map(Number);
      return { customerId, userId, canEdit };
    }));
  }
  const stages = (await db.getRepository(OpportunityStage).find({ order: { sort: 'ASC' } })).map((s) => ({ id: s.id, sort: s.sort }));
  const rows = Array.from({ length: 80 }, (_, i) => {
    const cents = BigInt(rnd.int(0, 99_999_999)) * 100n + BigInt(rnd.int(0, 99));
    const stage = rnd.pick(stages);
    return {
      name: `随机商机${seed}-${i}`, customerId: rnd.pick(customers).id, ownerId: rnd.pick(users).id, createdById: users[0].id,
      amount: `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`, category: OpportunityCategory.MID_TERM, stageId: stage.id,
      expectedCloseDate: '2027-06-30', deletedAt: i === 1 || (i > 1 && rnd.chance(0.1)) ? new Date() : null,
    };
  });
  await db.getRepository(Opportunity).insert(rows);
  const opportunities = (await db.getRepository(Opportunity).find({ order: { id: 'ASC' } })).map((o) => {
    const [whole, frac] = o.amount.split('.');
    return { id: o.id, ownerId: o.ownerId, customerId: o.customerId, stageId: o.stageId, cents: BigInt(whole) * 100n + BigInt(frac), deleted: !!o.deletedAt };
  });
  return { parentOf: new Map(depts.map((d) => [d.id, d.parentId])), users, seats, opportunities, stages };
}

const sorted = (list: Iterable<number | string>) => [...list].map(Number).sort((a, b) => a - b);
const money = (cents: bigint) => `${cents / 100n}.${String(cents % 100n).padStart(2, '0')}`;

async function allOpportunities(as: As, deleted: boolean) {
  const nodes: { id: string; owner: { id: string } }[] = [];
  let after: string | null = null;
  for (;;) {
    const result: GqlResult = await gql(as, `query($after: String, $deleted: Boolean) { opportunities(first: 30, after: $after, filter: { deleted: $deleted }) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id owner { id } } } }`, { after, deleted });
    if (result.errors) return { error: codeOf(result), nodes, totalCount: -1 };
    nodes.push(...result.data.opportunities.nodes);
    if (!result.data.opportunities.pageInfo.hasNextPage) return { error: undefined, nodes, totalCount: result.data.opportunities.totalCount as number };
    after = result.data.opportunities.pageInfo.endCursor;
  }
}

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

describe.each(seeds)('random organisation, seed %i', (seed) => {
  let model: Model;
  let oracle: Oracle;
  let active: MUser[];
  const tokens = new Map<number, As>();
  const bad: string[] = [];
  const check = (user: MUser, what: string, actual: unknown, expected: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(expected)) bad.push(`seed ${seed} user #${user.id} ${what}: got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
  };

  beforeAll(async () => {
    console.log(`opportunity-scope-property: seed ${seed} (replay with OPPORTUNITY_SCOPE_SEED=${seed})`);
    await clear(db);
    model = await generate(db, seed);
    oracle = new Oracle(model);
    active = model.users.filter((u) => u.active);
    for (const user of active) tokens.set(user.id, await tokenFor(db, user.entity));
  });

  test('lists, totalCount, the recycle bin and lookups (with edit / manage flags) equal the oracle for every user', async () => {
    bad.length = 0;
    const ids = [...model.opportunities.map((o) => o.id), MISSING_ID];
    const lookups = ids.map((id) => `o${id}: opportunity(id: "${id}") { id viewerCanEdit viewerCanManage }`);
    for (const user of active) {
      const as = tokens.get(user.id)!;
      const usable = oracle.usable(user);
      for (const deleted of [false, true]) {
        const list = await allOpportunities(as, deleted);
        const expected = model.opportunities.filter((o) => o.deleted === deleted && oracle.canRead(user, o));
        if (!usable) { check(user, `opportunities(deleted: ${deleted}) without scope`, list.error, 'FORBIDDEN'); continue; }
        check(user, `opportunities(deleted: ${deleted}) error`, list.error ?? null, null);
        check(user, `opportunities(deleted: ${deleted}) ids`, sorted(list.nodes.map((n) => n.id)), sorted(expected.map((o) => o.id)));
        check(user, `opportunities(deleted: ${deleted}) totalCount`, list.totalCount, expected.length);
      }
      const found = await gqlAliased(as, lookups);
      const errors = new Map((found.errors ?? []).map((e) => [String(e.path?.[0]), e.extensions?.code]));
      for (const id of ids) {
        const o = model.opportunities.find((x) => x.id === id);
        const expected = !usable ? 'FORBIDDEN' : o && oracle.canRead(user, o) ? `found edit=${oracle.canEdit(user, o)} manage=${oracle.canManage(user, o)}` : 'null';
        const node = found.data?.[`o${id}`];
        check(user, `opportunity(id: ${id})`, errors.get(`o${id}`) ?? (node ? `found edit=${node.viewerCanEdit} manage=${node.viewerCanManage}` : 'null'), expected);
      }
    }
    expect(bad).toEqual([]);
  });

  test('updateOpportunity answers NOT_FOUND / FORBIDDEN / OK exactly as the oracle says', async () => {
    bad.length = 0;
    const rnd = prng(seed * 7);
    for (const user of active.filter((u) => oracle.usable(u))) {
      // One request each: a failing non-null mutation field stops the rest of a multi-field mutation.
      for (const o of [...rnd.sample(model.opportunities, 10), undefined]) {
        // Renaming to a fixed per-record name keeps the data the same for the next user (the first rename sticks).
        const result = await gql(tokens.get(user.id)!, `mutation($id: ID!, $name: String!) { updateOpportunity(id: $id, input: { name: $name }) { id } }`,
          { id: String(o?.id ?? MISSING_ID), name: `随机商机${seed}-keep-${o?.id ?? 0}` });
        check(user, `updateOpportunity(${o?.id ?? MISSING_ID})`, codeOf(result) ?? 'OK', oracle.updateOutcome(user, o));
      }
    }
    expect(bad).toEqual([]);
  });

  test("the board's counts and exact amount sums per stage equal the oracle's for every user", async () => {
    bad.length = 0;
    for (const user of active) {
      const result = await gql(tokens.get(user.id)!, `{ opportunityBoard(cardsPerColumn: 50) { totalCount totalAmount columns { stage { id } count amount cards { id stageId } } } }`);
      if (!oracle.usable(user)) { check(user, 'opportunityBoard without scope', codeOf(result), 'FORBIDDEN'); continue; }
      check(user, 'opportunityBoard error', codeOf(result) ?? null, null);
      const visible = model.opportunities.filter((o) => !o.deleted && oracle.canRead(user, o));
      const board = result.data.opportunityBoard;
      check(user, 'board totalCount', board.totalCount, visible.length);
      check(user, 'board totalAmount', board.totalAmount, money(visible.reduce((s, o) => s + o.cents, 0n)));
      for (const stage of model.stages) {
        const inStage = visible.filter((o) => o.stageId === stage.id);
        const column = board.columns.find((c: { stage: { id: string } }) => Number(c.stage.id) === stage.id);
        check(user, `board stage ${stage.sort}`, column ? { count: column.count, amount: column.amount } : null, { count: inStage.length, amount: money(inStage.reduce((s, o) => s + o.cents, 0n)) });
        check(user, `board stage ${stage.sort} cards`, sorted((column?.cards ?? []).map((c: { id: string }) => c.id)), sorted(inStage.map((o) => o.id)));
      }
    }
    expect(bad).toEqual([]);
  });
});
