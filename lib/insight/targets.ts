// Effective KPI targets (业绩目标): a user's are their own monthly values; a department's month is its own value
// when it has one, else the sum of its members' and its sub-departments' (recursively); a quarter or a year is
// the sum of its months. Sums are taken in SQL (per department, per month, per metric); the department tree —
// company configuration, not scoped records — is rolled up in memory.
import { EntityManager } from 'typeorm';
import { Department, KpiTarget, User } from '@/entities';
import { KPI_METRICS, KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import { sqlCents, sumCents } from '@/lib/contract/money';
import { People } from './people';

/** Target in cents per metric; null when no month of the span has a target anywhere below the subject. */
export type Targets = Record<KpiMetric, bigint | null>;

const add = (a: bigint | null, b: bigint | null) => (a === null ? b : b === null ? a : a + b);
export const emptyTargets = (): Targets => Object.fromEntries(KPI_METRICS.map((m) => [m, null])) as Targets;
export const addTargets = (a: Targets, b: Targets): Targets => Object.fromEntries(KPI_METRICS.map((m) => [m, add(a[m], b[m])])) as Targets;

interface Tree { depts: Department[]; children: Map<number | null, Department[]> }

async function tree(manager: EntityManager): Promise<Tree> {
  const depts = await manager.find(Department, { order: { path: 'ASC' } });
  const children = new Map<number | null, Department[]>();
  for (const d of depts) children.set(d.parentId, [...(children.get(d.parentId) ?? []), d]);
  return { depts, children };
}

type Cell = Map<string, bigint>; // `${id}|${month}|${metric}` → cents
const cell = (id: number, month: string, metric: string) => `${id}|${month}|${metric}`;

/** The month-by-month targets the roll-up needs: departments' own, and their direct members' summed in SQL. */
async function monthlyCells(manager: EntityManager, months: readonly string[]) {
  const own: Cell = new Map();
  const members: Cell = new Map();
  const [deptRows, userRows] = await Promise.all([
    manager.createQueryBuilder(KpiTarget, 't').select('t.subjectId', 'id').addSelect('t.month', 'month').addSelect('t.metric', 'metric')
      .addSelect(sqlCents(manager, 't.value'), 'cents')
      .where('t.subjectType = :dept AND t.month IN (:...months) AND t.value IS NOT NULL', { dept: KpiSubject.DEPARTMENT, months: [...months] })
      .getRawMany<{ id: number; month: string; metric: string; cents: unknown }>(),
    manager.createQueryBuilder(KpiTarget, 't').innerJoin(User, 'u', 'u.id = t.subjectId')
      .select('u.departmentId', 'id').addSelect('t.month', 'month').addSelect('t.metric', 'metric').addSelect(`SUM(${sqlCents(manager, 't.value')})`, 'cents')
      .where('t.subjectType = :user AND t.month IN (:...months) AND t.value IS NOT NULL', { user: KpiSubject.USER, months: [...months] })
      .groupBy('u.departmentId').addGroupBy('t.month').addGroupBy('t.metric')
      .getRawMany<{ id: number; month: string; metric: string; cents: unknown }>(),
  ]);
  for (const r of deptRows) own.set(cell(Number(r.id), r.month, r.metric), sumCents(r.cents));
  for (const r of userRows) members.set(cell(Number(r.id), r.month, r.metric), sumCents(r.cents));
  return { own, members };
}

/** Effective targets of departments over the months, for every department (one pass over the tree). */
export async function departmentTargets(manager: EntityManager, months: readonly string[]): Promise<Map<number, Targets>> {
  const out = new Map<number, Targets>();
  if (!months.length) return out;
  const [{ depts, children }, { own, members }] = await Promise.all([tree(manager), monthlyCells(manager, months)]);
  const memo = new Map<string, bigint | null>();
  const effective = (d: Department, month: string, metric: KpiMetric): bigint | null => {
    const key = cell(d.id, month, metric);
    if (memo.has(key)) return memo.get(key)!;
    let value: bigint | null = own.get(key) ?? null;
    if (value === null) {
      value = members.get(key) ?? null;
      for (const child of children.get(d.id) ?? []) value = add(value, effective(child, month, metric));
    }
    memo.set(key, value);
    return value;
  };
  for (const d of depts) {
    const targets = emptyTargets();
    for (const metric of KPI_METRICS) for (const month of months) targets[metric] = add(targets[metric], effective(d, month, metric));
    out.set(d.id, targets);
  }
  return out;
}

/** Each user's own targets summed over the months (users without any target are absent). */
export async function userTargets(manager: EntityManager, months: readonly string[], userIds: readonly number[] | 'all'): Promise<Map<number, Targets>> {
  const out = new Map<number, Targets>();
  if (!months.length || (userIds !== 'all' && !userIds.length)) return out;
  const qb = manager.createQueryBuilder(KpiTarget, 't').select('t.subjectId', 'id').addSelect('t.metric', 'metric')
    .addSelect(`SUM(${sqlCents(manager, 't.value')})`, 'cents')
    .where('t.subjectType = :user AND t.month IN (:...months) AND t.value IS NOT NULL', { user: KpiSubject.USER, months: [...months] });
  if (userIds !== 'all') qb.andWhere('t.subjectId IN (:...ids)', { ids: [...userIds] });
  for (const r of await qb.groupBy('t.subjectId').addGroupBy('t.metric').getRawMany<{ id: number; metric: KpiMetric; cents: unknown }>()) {
    const targets = out.get(Number(r.id)) ?? emptyTargets();
    targets[r.metric] = sumCents(r.cents);
    out.set(Number(r.id), targets);
  }
  return out;
}

/**
 * The target of a set of people: departments whose every user is among them count with their effective target
 * (the largest such departments), the remaining people with their own; everyone is the root department's.
 */
export async function peopleTarget(manager: EntityManager, months: readonly string[], people: People): Promise<Targets> {
  const [byDept, { depts, children }] = await Promise.all([departmentTargets(manager, months), tree(manager)]);
  if (people.all) return (children.get(null) ?? []).reduce((sum, root) => addTargets(sum, byDept.get(root.id) ?? emptyTargets()), emptyTargets());
  const users = await manager.createQueryBuilder(User, 'u').select('u.id', 'id').addSelect('u.departmentId', 'departmentId')
    .getRawMany<{ id: number; departmentId: number }>();
  const chosen = new Set(people.ids);
  const total = new Map<number, number>();
  const inside = new Map<number, number>();
  const byId = new Map(depts.map((d) => [d.id, d]));
  for (const u of users) {
    for (const id of (byId.get(Number(u.departmentId))?.path ?? '').split('/').filter(Boolean).map(Number)) {
      total.set(id, (total.get(id) ?? 0) + 1);
      if (chosen.has(Number(u.id))) inside.set(id, (inside.get(id) ?? 0) + 1);
    }
  }
  const covered = (d: Department) => (total.get(d.id) ?? 0) > 0 && total.get(d.id) === inside.get(d.id);
  const maximal = depts.filter((d) => covered(d) && !(d.parentId && byId.get(d.parentId) && covered(byId.get(d.parentId)!)));
  let sum = maximal.reduce((acc, d) => addTargets(acc, byDept.get(d.id) ?? emptyTargets()), emptyTargets());
  const underMaximal = (deptId: number) => maximal.some((m) => (byId.get(deptId)?.path ?? '').startsWith(m.path));
  const rest = users.filter((u) => chosen.has(Number(u.id)) && !underMaximal(Number(u.departmentId))).map((u) => Number(u.id));
  for (const targets of (await userTargets(manager, months, rest)).values()) sum = addTargets(sum, targets);
  return sum;
}
