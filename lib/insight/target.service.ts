// Setting KPI targets: whoever may manage a department's users sets the targets of that department and of its
// users (a department manager for their subtree, but not their own; holders of system:user and the super
// administrator for everyone). One transaction per call, audited; clearing a target stores null, nothing is deleted.
import { DataSource, EntityManager, In } from 'typeorm';
import { Department, KpiTarget, User } from '@/entities';
import { COUNT_METRICS, KPI_METRICS, KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import { Viewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { MAX_CENTS, centsOf, formatCents, parseCents } from '@/lib/contract/money';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput, forbidden } from '@/lib/errors';
import { actorOf, withinSubtree } from '@/lib/org/org.common';
import { administeredSubtree } from '@/lib/org/user-policy';
import { formatMetric } from './metrics';

export interface TargetValueInput { month: number; metric: KpiMetric; value: string | null }
export interface SetTargetsInput { subjectType: KpiSubject; subjectId: number; year: number; values: TargetValueInput[] }

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

export interface TargetSubjects { departments: Department[]; users: User[] }

/** The departments and users whose targets the viewer sets (a manager: his subtree, himself left out). */
export async function targetSubjects(manager: EntityManager, viewer: Viewer): Promise<TargetSubjects> {
  const subtree = await administeredSubtree(manager, viewer);
  if (subtree === undefined) return { departments: [], users: [] };
  const depts = manager.createQueryBuilder(Department, 'd').orderBy('d.path', 'ASC').addOrderBy('d.sortOrder', 'ASC');
  const users = manager.createQueryBuilder(User, 'u').innerJoin(Department, 'ud', 'ud.id = u.departmentId').orderBy('ud.path', 'ASC').addOrderBy('u.nameSort', 'ASC');
  if (subtree) {
    depts.where('d.path LIKE :targetPath', { targetPath: `${subtree.path}%` });
    users.where('ud.path LIKE :targetPath', { targetPath: `${subtree.path}%` }).andWhere('u.id <> :targetMe', { targetMe: viewer.userId });
  }
  return { departments: await depts.getMany(), users: await users.getMany() };
}

/** Whether the viewer sets anyone's targets (the UI offers the target editor). */
export const setsTargets = async (manager: EntityManager, viewer: Viewer) => (await administeredSubtree(manager, viewer)) !== undefined;

/** The subject, if the viewer may set its targets: FORBIDDEN without any such right, BAD_USER_INPUT outside it. */
export async function requireTargetSubject(manager: EntityManager, viewer: Viewer, subjectType: KpiSubject, subjectId: number): Promise<Department | User> {
  const subtree = await administeredSubtree(manager, viewer);
  if (subtree === undefined) throw forbidden('Only those who manage users set targets');
  const outside = () => badInput('subjectId', 'is not a department or person whose targets you set');
  if (!Number.isSafeInteger(subjectId) || subjectId <= 0) throw outside();
  if (subjectType === KpiSubject.DEPARTMENT) {
    const dept = await manager.findOneBy(Department, { id: subjectId });
    if (!dept || (subtree && !withinSubtree(dept, subtree))) throw outside();
    return dept;
  }
  if (subjectType !== KpiSubject.USER) throw badInput('subjectType', 'is invalid');
  const user = await manager.findOneBy(User, { id: subjectId });
  if (!user) throw outside();
  if (subtree) {
    const home = await manager.findOneBy(Department, { id: user.departmentId });
    if (!home || !withinSubtree(home, subtree)) throw outside();
    if (user.id === viewer.userId) throw forbidden('Your own targets are set by your leader');
  }
  return user;
}

function cleanValues(input: SetTargetsInput) {
  const errors = new FieldErrors();
  errors.check(Number.isInteger(input.year) && input.year >= 2000 && input.year <= 2100, 'year', 'must be a year between 2000 and 2100');
  errors.check(input.values.length > 0 && input.values.length <= 12 * KPI_METRICS.length, 'values', `must hold 1 to ${12 * KPI_METRICS.length} targets`);
  const seen = new Set<string>();
  const out: { month: string; metric: KpiMetric; value: string | null }[] = [];
  input.values.forEach((v, i) => {
    const field = `values.${i}`;
    if (!Number.isInteger(v.month) || v.month < 1 || v.month > 12) { errors.add(`${field}.month`, 'must be a month from 1 to 12'); return; }
    if (!KPI_METRICS.includes(v.metric)) { errors.add(`${field}.metric`, 'is invalid'); return; }
    const key = `${v.month}:${v.metric}`;
    if (seen.has(key)) { errors.add(field, 'repeats a month and metric'); return; }
    seen.add(key);
    let value: string | null = null;
    if (v.value !== null && v.value !== undefined && String(v.value).trim() !== '') {
      const text = String(v.value).trim();
      const cents = parseCents(text);
      if (text.startsWith('-')) errors.add(`${field}.value`, 'must not be negative');
      else if (cents === null || cents > MAX_CENTS) errors.add(`${field}.value`, 'must be an amount with at most 2 decimals');
      else if (COUNT_METRICS.has(v.metric) && cents % 100n !== 0n) errors.add(`${field}.value`, 'must be a whole number');
      else value = formatCents(cents);
    }
    out.push({ month: monthKey(input.year, v.month), metric: v.metric, value });
  });
  errors.throwIfAny();
  return out;
}

const sameValue = (a: string | null, b: string | null) => (a === null || b === null ? a === b : centsOf(a) === centsOf(b));

/** Stores the given months' targets of one subject (others untouched); returns how many changed. */
export async function setKpiTargets(db: DataSource, viewer: Viewer, input: SetTargetsInput): Promise<number> {
  const values = cleanValues(input);
  return inTransaction(db, async (manager) => {
    await requireTargetSubject(manager, viewer, input.subjectType, input.subjectId);
    const existing = await manager.findBy(KpiTarget, {
      subjectType: input.subjectType, subjectId: input.subjectId, month: In([...new Set(values.map((v) => v.month))]),
    });
    const byKey = new Map(existing.map((t) => [`${t.month}:${t.metric}`, t]));
    const changes: Record<string, [string | null, string | null]> = {};
    for (const v of values) {
      const row = byKey.get(`${v.month}:${v.metric}`);
      if (row ? sameValue(row.value, v.value) : v.value === null) continue;
      changes[`${v.month} ${v.metric}`] = [row?.value ?? null, v.value];
      if (row) await manager.update(KpiTarget, { id: row.id }, { value: v.value, updatedById: viewer.userId });
      else await manager.insert(KpiTarget, { subjectType: input.subjectType, subjectId: input.subjectId, month: v.month, metric: v.metric, value: v.value, updatedById: viewer.userId });
    }
    const count = Object.keys(changes).length;
    if (count) await audit(manager, actorOf(viewer), { action: 'targets', entityType: input.subjectType === KpiSubject.USER ? 'user' : 'department', entityId: input.subjectId, changes: { kpiTargets: changes } });
    return count;
  });
}

export interface TargetCell { month: string; metric: KpiMetric; value: string | null }

/** A subject's own monthly targets of a year (the editor's grid); unset cells are absent. */
export async function ownTargets(manager: EntityManager, subjectType: KpiSubject, subjectId: number, year: number): Promise<TargetCell[]> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badInput('year', 'must be a year between 2000 and 2100');
  const rows = await manager.createQueryBuilder(KpiTarget, 't')
    .where('t.subjectType = :type AND t.subjectId = :id AND t.month LIKE :year AND t.value IS NOT NULL', { type: subjectType, id: subjectId, year: `${year}-%` })
    .orderBy('t.month', 'ASC').addOrderBy('t.metric', 'ASC').getMany();
  return rows.map((r) => ({ month: r.month, metric: r.metric, value: r.value === null ? null : formatMetric(r.metric, centsOf(r.value)) }));
}
