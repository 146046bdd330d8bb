// Property test of the dashboard's access (issue 10): random organisations of hundreds of users (org generator)
// with opportunities, contracts, receivables and follow-ups at random times; for every active user the API (real
// route handler, real API token) must agree with the independent oracle in tests/support/insight-oracle.ts:
//   - users without customer data get FORBIDDEN; the switch offers exactly their people and those people's departments;
//   - every brief figure (current and previous period) equals the oracle's count / sum of the records they may read;
//   - the ranking of each metric gives every one of their people the oracle's figure, and the people add up to
//     the total (a manager's total is the sum of his visible people), as do the KPI rows;
//   - the statistics reports count the same records, and the compliance report every owned customer of their people;
//   - switched to one of their departments or people, the figures are those people's; a department outside is refused.
// Replay with INSIGHT_SCOPE_SEED=<seed>.
import { DataSource } from 'typeorm';
import { Contact, Contract, Customer, FollowUp, KpiTarget, Opportunity, OpportunityStage, Receivable } from '@/entities';
import { ContractStatus } from '@/entities/contract.entity';
import { FollowUpMethod } from '@/entities/follow-up.entity';
import { OpportunityCategory } from '@/entities/opportunity.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { UserStatus } from '@/entities/user.entity';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, GqlResult, codeOf, gql, tokenFor } from '../support/api';
import { ModelUser, OrgModel, clearOrg, generateOrg, prng } from '../support/org-generator';
import { Brief, InsightData, InsightModule, InsightOracle, Span, money } from '../support/insight-oracle';
import { BRIEF } from './insight-support';

const FIXED_SEEDS = [20261207];
const seeds = process.env.INSIGHT_SCOPE_SEED
  ? process.env.INSIGHT_SCOPE_SEED.split(',').map((s) => Number(s.trim()))
  : [...FIXED_SEEDS, Math.floor(Math.random() * 2 ** 31)];
const SIZE = { departments: 24, roles: 12, users: 200, customers: 700 };

// The period under test (H1 2025, Shanghai time) and the previous one of the same length.
const utc = (local: string) => Date.parse(`${local}+08:00`);
const CURRENT: Span = { start: utc('2025-01-01T00:00:00'), end: utc('2025-07-01T00:00:00') - 1, from: '2025-01-01', to: '2025-06-30' };
const PREVIOUS: Span = { start: utc('2024-07-04T00:00:00'), end: utc('2025-01-01T00:00:00') - 1, from: '2024-07-04', to: '2024-12-31' };
const FILTER = { preset: 'CUSTOM', from: CURRENT.from, to: CURRENT.to };
/** A calendar month (YYYY-MM), Shanghai time. */
function monthOf(month: string): Span {
  const [y, m] = month.split('-').map(Number);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { start: utc(`${month}-01T00:00:00`), end: utc(`${next}-01T00:00:00`) - 1, from: `${month}-01`, to: last };
}
const METRICS = ['CONTRACT_AMOUNT', 'RECEIVABLE_AMOUNT', 'NEW_CUSTOMERS', 'FOLLOW_UPS'] as const;
const QUERY = `query($filter: InsightFilter) { dashboard(filter: $filter) {
  brief { current { ${BRIEF} } previous { ${BRIEF} } }
  ${METRICS.map((m) => `${m}: ranking(metric: ${m}) { people { person { id } value } }`).join('\n')}
  kpi { figures { metric actual } people { person { id } figures { metric actual } } }
  trend { month newCustomers lastYearNewCustomers }
  funnel { open { count amount } }
}
statistics(filter: $filter) { customers { total } followUps { total substantive } opportunities { created } contracts { amount } }
complianceReport { totals { customers people } }
}`;

let db: DataSource;
beforeAll(async () => { db = await openTestDatabase(); });
afterAll(async () => closeTestDatabase(db));

/** A random instant between mid-2024 and late 2025, so both periods and the time outside them get records. */
const when = (rnd: ReturnType<typeof prng>) => utc('2024-05-01T00:00:00') + Math.floor(rnd.next() * (utc('2025-10-01T00:00:00') - utc('2024-05-01T00:00:00')));
const dateOf = (t: number) => new Date(t + 8 * 3_600_000).toISOString().slice(0, 10);
const cents = (rnd: ReturnType<typeof prng>) => BigInt(rnd.int(0, 9_999_999)) * 100n + BigInt(rnd.int(0, 99));

async function clearActivity(db: DataSource) {
  for (const entity of [FollowUp, Receivable, Contract, Opportunity, KpiTarget]) await db.createQueryBuilder().delete().from(entity).execute();
}

/** Gives customers and contacts random creation times, and adds the other modules' records. */
async function addActivity(db: DataSource, model: OrgModel, seed: number): Promise<InsightData> {
  const rnd = prng(seed * 31 + 5);
  const users = model.users;
  const data: InsightData = { customerCreated: new Map(), contactCreated: new Map(), deletedCustomers: new Set(), opportunities: [], contracts: [], receivables: [], followUps: [] };
  // Creation times in a few batches (one UPDATE per distinct time).
  // Some fall in the hours where a Shanghai month and its UTC month differ (the trend's rollup corrects for them).
  const monthEdges = ['2024-11-01T07:59:59', '2025-03-01T01:00:00', '2025-05-31T23:30:00', '2024-06-30T20:00:00'].map(utc);
  const times = [...Array.from({ length: 24 }, () => when(rnd)), ...monthEdges];
  for (const [entity, rows, into] of [[Customer, model.customers, data.customerCreated], [Contact, model.contacts, data.contactCreated]] as const) {
    const byTime = new Map<number, number[]>();
    for (const row of rows) {
      const t = rnd.pick(times);
      into.set(row.id, t);
      byTime.set(t, [...(byTime.get(t) ?? []), row.id]);
    }
    for (const [t, ids] of byTime) await db.createQueryBuilder().update(entity).set({ createdAt: new Date(t) } as never).whereInIds(ids).execute();
  }
  const deleted = rnd.sample(model.customers, 15).map((c) => c.id);
  await db.createQueryBuilder().update(Customer).set({ deletedAt: new Date() }).whereInIds(deleted).execute();
  deleted.forEach((id) => data.deletedCustomers.add(id));

  const owned = model.customers.filter((c) => c.ownerId !== null);
  const stage = (await db.getRepository(OpportunityStage).findOneByOrFail({ sort: 3 })).id;
  const oppRows = Array.from({ length: 400 }, (_, i) => {
    const customer = rnd.pick(model.customers);
    return { i, customerId: customer.id, ownerId: rnd.chance(0.7) && customer.ownerId ? customer.ownerId : rnd.pick(users).id, createdAt: when(rnd), cents: cents(rnd), deleted: rnd.chance(0.05) };
  });
  for (const o of oppRows) {
    const saved = await db.getRepository(Opportunity).save(db.getRepository(Opportunity).create({
      name: `随机商机${seed}-${o.i}`, customerId: o.customerId, ownerId: o.ownerId, createdById: o.ownerId, amount: money(o.cents),
      category: OpportunityCategory.SHORT_TERM, stageId: stage, expectedCloseDate: '2030-01-01', deletedAt: o.deleted ? new Date() : null,
    }));
    await db.getRepository(Opportunity).update({ id: saved.id }, { createdAt: new Date(o.createdAt) });
    data.opportunities.push({ id: saved.id, customerId: o.customerId, ownerId: o.ownerId, createdAt: o.createdAt, cents: o.cents, deleted: o.deleted });
  }
  for (let i = 0; i < 300; i++) {
    const customer = rnd.pick(owned);
    const ownerId = rnd.chance(0.8) ? customer.ownerId! : rnd.pick(users).id;
    const k = { customerId: customer.id, ownerId, signDate: rnd.chance(0.9) ? dateOf(when(rnd)) : null, cents: cents(rnd), approved: rnd.chance(0.8), deleted: rnd.chance(0.05) };
    const saved = await db.getRepository(Contract).save(db.getRepository(Contract).create({
      code: `HT-P${seed % 100000}-${i}`, title: `随机合同${i}`, customerId: k.customerId, ownerId, createdById: ownerId, amount: money(k.cents), signDate: k.signDate,
      status: k.approved ? ContractStatus.APPROVED : rnd.pick([ContractStatus.DRAFT, ContractStatus.PENDING, ContractStatus.VOID]), deletedAt: k.deleted ? new Date() : null,
    }));
    data.contracts.push({ id: saved.id, ...k });
  }
  for (let i = 0; i < 400; i++) {
    const k = rnd.pick(data.contracts);
    const r = { contractId: k.id, receivedDate: dateOf(when(rnd)), cents: cents(rnd), approved: rnd.chance(0.8) };
    const saved = await db.getRepository(Receivable).save(db.getRepository(Receivable).create({
      code: `HK-P${seed % 100000}-${i}`, contractId: r.contractId, amount: money(r.cents), receivedDate: r.receivedDate,
      status: r.approved ? ReceivableStatus.APPROVED : rnd.pick([ReceivableStatus.PENDING, ReceivableStatus.REJECTED]), recordedById: k.ownerId,
    }));
    data.receivables.push({ id: saved.id, ...r });
  }
  const parents: (() => { type: InsightModule; id: number })[] = [
    () => ({ type: 'customer', id: rnd.pick(model.customers).id }),
    () => ({ type: 'contact', id: rnd.pick(model.contacts).id }),
    () => ({ type: 'opportunity', id: rnd.pick(data.opportunities).id }),
    () => ({ type: 'contract', id: rnd.pick(data.contracts).id }),
  ];
  const followUpEdges = ['2025-01-01T02:00:00', '2025-07-01T05:00:00', '2025-03-01T07:30:00', '2025-02-28T23:00:00'].map(utc);
  const followUpRows = Array.from({ length: 900 }, () => {
    const parent = rnd.pick(parents)();
    // One in ten falls in the hours where a Shanghai month and its UTC month differ (the rollup's slivers).
    const occurredAt = rnd.chance(0.1) ? rnd.pick(followUpEdges) : when(rnd);
    return { parentType: parent.type, parentId: parent.id, authorId: rnd.pick(users).id, occurredAt, substantive: rnd.chance(0.4), deleted: rnd.chance(0.05) };
  });
  for (let i = 0; i < followUpRows.length; i += 100) {
    const chunk = followUpRows.slice(i, i + 100);
    await db.getRepository(FollowUp).insert(chunk.map((f) => ({
      parentType: f.parentType, parentId: f.parentId, subject: '致电', method: FollowUpMethod.PHONE, objective: '目的', result: '结果',
      occurredAt: new Date(f.occurredAt), substantive: f.substantive, authorId: f.authorId, deletedAt: f.deleted ? new Date() : null,
    })));
  }
  const stored = await db.getRepository(FollowUp).find({ order: { id: 'ASC' } });
  stored.forEach((row, i) => data.followUps.push({ id: row.id, ...followUpRows[i] }));
  return data;
}

class Mismatches {
  readonly list: string[] = [];
  constructor(private readonly seed: number) {}
  check(user: ModelUser, what: string, actual: unknown, expected: unknown) {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) this.list.push(`seed ${this.seed} user ${user.username}#${user.id} ${what}: got ${a}, expected ${e}`);
  }
}

type Ranking = { people: { person: { id: string }; value: string }[] };
const metricOf: Record<(typeof METRICS)[number], (b: Brief) => string> = {
  CONTRACT_AMOUNT: (b) => b.contractAmount, RECEIVABLE_AMOUNT: (b) => b.receivableAmount,
  NEW_CUSTOMERS: (b) => String(b.newCustomers), FOLLOW_UPS: (b) => String(b.followUps),
};
const add = (values: string[]) => {
  const total = values.reduce((sum, v) => sum + BigInt(v.replace('.', '')) * (v.includes('.') ? 1n : 100n), 0n);
  return values.some((v) => v.includes('.')) ? money(total) : String(total / 100n);
};

describe.each(seeds)('random organisation, seed %i', (seed) => {
  let model: OrgModel;
  let oracle: InsightOracle;
  let active: ModelUser[];
  const tokens = new Map<number, As>();

  beforeAll(async () => {
    console.log(`insight-scope-property: seed ${seed} (replay with INSIGHT_SCOPE_SEED=${seed})`);
    await clearActivity(db);
    await clearOrg(db);
    model = await generateOrg(db, seed, SIZE);
    oracle = new InsightOracle(model, await addActivity(db, model, seed));
    active = model.users.filter((u) => u.status === UserStatus.ACTIVE);
    for (const user of active) tokens.set(user.id, await tokenFor(db, user.entity));
  }, 600_000);

  /**
   * Every viewer without customer data (cheap: refused), 30 leaders (whose figures add up many people, where a leak
   * would show) and 15 others, drawn by the seed: the whole dashboard for each of 200 users took minutes per organisation.
   */
  const sampled = () => {
    const rnd = prng(seed * 7 + 3);
    const leaders = active.filter((u) => oracle.hasDashboard(u.id) && (oracle.reach(u.id) === null || oracle.reach(u.id)!.size > 1));
    const others = active.filter((u) => oracle.hasDashboard(u.id) && !leaders.includes(u));
    return [...active.filter((u) => !oracle.hasDashboard(u.id)), ...rnd.sample(leaders, 30), ...rnd.sample(others, 15)];
  };

  test('the switch, every brief figure, every person of every ranking and the KPI rows agree with the oracle', async () => {
    const bad = new Mismatches(seed);
    let checked = 0;
    let managers = 0;
    for (const user of sampled()) {
      const as = tokens.get(user.id)!;
      const result: GqlResult = await gql(as, QUERY, { filter: FILTER });
      if (!oracle.hasDashboard(user.id)) { bad.check(user, 'dashboard without customer data', codeOf(result), 'FORBIDDEN'); continue; }
      if (result.errors) { bad.check(user, 'dashboard errors', result.errors, undefined); continue; }
      checked += 1;
      const reach = oracle.reach(user.id);
      const inReach = (id: number | null) => id !== null && (reach === null || reach.has(id));
      const d = result.data.dashboard;
      const current = oracle.brief(user.id, inReach, CURRENT);
      bad.check(user, 'brief current', d.brief.current, current);
      // The reports count the same records as the brief; the compliance report every owned customer of the people.
      const st = result.data.statistics;
      bad.check(user, 'statistics', [st.customers.total, st.followUps.total, st.followUps.substantive, st.opportunities.created, st.contracts.amount],
        [current.newCustomers, current.followUps, current.substantiveFollowUps, current.newOpportunities, current.contractAmount]);
      const owned = model.customers.filter((c) => inReach(c.ownerId) && oracle.readsCustomer(user.id, c.id)).length;
      bad.check(user, 'compliance customers', result.data.complianceReport.totals.customers, owned);
      bad.check(user, 'brief previous', d.brief.previous, oracle.brief(user.id, inReach, PREVIOUS));
      // Every generated opportunity is open (短线): the funnel's open ones, from the stage rollup, are all of theirs.
      const allTime = oracle.brief(user.id, inReach, { start: 0, end: utc('2100-01-01T00:00:00'), from: '1970-01-01', to: '2099-12-31' });
      bad.check(user, 'funnel open', d.funnel.open, { count: allTime.newOpportunities, amount: allTime.newOpportunityAmount });
      // The trend's new customers (read from the month rollup) month by month, this year's and last year's.
      const trend = d.trend as { month: string; newCustomers: number; lastYearNewCustomers: number }[];
      bad.check(user, 'trend new customers', trend.map((t) => [t.newCustomers, t.lastYearNewCustomers]),
        trend.map((t) => [oracle.brief(user.id, inReach, monthOf(t.month)).newCustomers, oracle.brief(user.id, inReach, monthOf(`${Number(t.month.slice(0, 4)) - 1}${t.month.slice(4)}`)).newCustomers]));
      const people = reach === null ? model.users.map((u) => u.id) : [...reach];
      if (people.length > 1) managers += 1;
      for (const metric of METRICS) {
        const rows = (d[metric] as Ranking).people;
        bad.check(user, `${metric} ranking people`, rows.map((r) => Number(r.person.id)).sort((a, b) => a - b), [...people].sort((a, b) => a - b));
        bad.check(user, `${metric} ranking adds up to the total`, add(rows.map((r) => r.value)), metricOf[metric](current));
        // A sample of people, each against the oracle's figure for them alone.
        for (const row of rows.filter((_, i) => i % 7 === 0)) {
          const id = Number(row.person.id);
          bad.check(user, `${metric} of person ${id}`, row.value, metricOf[metric](oracle.brief(user.id, (x) => x === id, CURRENT)));
        }
        const kpiTotal = d.kpi.figures.find((f: { metric: string }) => f.metric === metric).actual;
        const kpiRows = d.kpi.people.map((r: { figures: { metric: string; actual: string }[] }) => r.figures.find((f) => f.metric === metric)!.actual);
        bad.check(user, `${metric} KPI rows add up to the KPI total`, add(kpiRows), kpiTotal);
      }
    }
    expect(bad.list.slice(0, 20)).toEqual([]);
    expect(checked).toBeGreaterThan(30);
    expect(managers).toBeGreaterThan(5);
  }, 900_000);

  test('switched to one of their departments or people the figures are theirs; the switch lists exactly those', async () => {
    const bad = new Mismatches(seed);
    const rnd = prng(seed * 13);
    const SCOPE = '{ insightScope { everyone people { id } departments { id } } }';
    for (const user of sampled().filter((u) => oracle.hasDashboard(u.id)).filter((_, i) => i % 2 === 0)) {
      const as = tokens.get(user.id)!;
      const reach = oracle.reach(user.id);
      const people = reach === null ? model.users.map((u) => u.id) : [...reach];
      const scope = (await gql(as, SCOPE)).data.insightScope;
      bad.check(user, 'switch people', scope.people.map((p: { id: string }) => Number(p.id)).sort((a: number, b: number) => a - b), [...people].sort((a, b) => a - b));
      const holding = reach === null ? model.departments.map((d) => d.id) : [...new Set(people.map((id) => model.users.find((u) => u.id === id)!.departmentId))];
      bad.check(user, 'switch departments', scope.departments.map((d: { id: string }) => Number(d.id)).sort((a: number, b: number) => a - b), holding.sort((a, b) => a - b));
      const dept = rnd.pick(holding);
      const inDept = (id: number | null) => id !== null && people.includes(id) && oracle.within(model.users.find((u) => u.id === id)!.departmentId, dept);
      const byDept = await gql(as, `query($filter: InsightFilter) { dashboard(filter: $filter) { brief { current { ${BRIEF} } } } }`, { filter: { ...FILTER, departmentId: String(dept) } });
      bad.check(user, `department ${dept}`, byDept.data?.dashboard.brief.current ?? byDept.errors, oracle.brief(user.id, inDept, CURRENT));
      const person = rnd.pick(people);
      const byPerson = await gql(as, `query($filter: InsightFilter) { dashboard(filter: $filter) { brief { current { ${BRIEF} } } } }`, { filter: { ...FILTER, userId: String(person) } });
      bad.check(user, `person ${person}`, byPerson.data?.dashboard.brief.current ?? byPerson.errors, oracle.brief(user.id, (id) => id === person, CURRENT));
      const outside = model.departments.map((d) => d.id).find((id) => !holding.includes(id));
      if (outside) {
        const refused = await gql(as, `query($filter: InsightFilter) { dashboard(filter: $filter) { period { from } } }`, { filter: { ...FILTER, departmentId: String(outside) } });
        bad.check(user, `department ${outside} outside the scope`, [codeOf(refused), refused.errors?.[0]?.extensions?.fields?.[0]?.field], ['BAD_USER_INPUT', 'departmentId']);
      }
      const stranger = model.users.find((u) => !people.includes(u.id));
      if (stranger) {
        const refused = await gql(as, `query($filter: InsightFilter) { dashboard(filter: $filter) { period { from } } }`, { filter: { ...FILTER, userId: String(stranger.id) } });
        bad.check(user, `person ${stranger.id} outside the scope`, [codeOf(refused), refused.errors?.[0]?.extensions?.fields?.[0]?.field], ['BAD_USER_INPUT', 'userId']);
      }
    }
    expect(bad.list.slice(0, 20)).toEqual([]);
  }, 900_000);
});
