// The supervision filter (time range, department, person, disabled people) and the SQL that turns it into "the
// people this view is about": the supervised users, narrowed by department subtree, person and status.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Department, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Viewer } from '@/lib/access';
import { FieldErrors } from '@/lib/errors';
import { applySupervised, supervisedUsers } from './supervision.scope';

export interface SupervisionFilter {
  /** Time range: follow-ups by contact time, reports by period (overlapping), done tasks by completion. */
  from?: Date | null;
  to?: Date | null;
  /** The person's department, with its sub-departments. */
  departmentId?: number | null;
  userId?: number | null;
  /** Disabled users (people who left) are left out unless asked for; their records are never deleted. */
  includeDisabled?: boolean | null;
}

const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;

export function validateFilter(f: SupervisionFilter) {
  const errors = new FieldErrors();
  if (f.from !== undefined && f.from !== null && !isDate(f.from)) errors.add('from', 'must be a date and time');
  if (f.to !== undefined && f.to !== null && !isDate(f.to)) errors.add('to', 'must be a date and time');
  if (isDate(f.from) && isDate(f.to) && f.to.getTime() < f.from.getTime()) errors.add('to', 'must not be before from');
  if (f.departmentId !== undefined && f.departmentId !== null && !isId(f.departmentId)) errors.add('departmentId', 'is invalid');
  if (f.userId !== undefined && f.userId !== null && !isId(f.userId)) errors.add('userId', 'is invalid');
  errors.throwIfAny();
}

let seq = 0;

/** Adds the people conditions of the filter to a query whose `alias` is the user table. */
export async function restrictPeople<T extends ObjectLiteral>(
  manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<T>, alias: string, f: SupervisionFilter,
): Promise<SelectQueryBuilder<T>> {
  const n = ++seq;
  applySupervised(qb, `${alias}.id`, await supervisedUsers(manager, viewer));
  if (f.userId) qb.andWhere(`${alias}.id = :person${n}`, { [`person${n}`]: f.userId });
  if (!f.includeDisabled) qb.andWhere(`${alias}.status <> :disabled${n}`, { [`disabled${n}`]: UserStatus.DISABLED });
  if (f.departmentId) {
    const dept = await manager.findOneBy(Department, { id: f.departmentId });
    if (!dept) return qb.andWhere('1 = 0');
    const inDept = manager.createQueryBuilder(Department, `pd${n}`).select(`pd${n}.id`).where(`pd${n}.path LIKE :deptPath${n}`);
    qb.andWhere(`${alias}.departmentId IN (${inDept.getQuery()})`, { [`deptPath${n}`]: `${dept.path}%` });
  }
  return qb;
}

/** The people of the filter as a sub-query of user ids, for `column IN (…)` on record tables. */
export async function peopleCondition(manager: EntityManager, viewer: Viewer, f: SupervisionFilter) {
  const alias = `pu${++seq}`;
  const sub = await restrictPeople(manager, viewer, manager.createQueryBuilder(User, alias).select(`${alias}.id`), alias, f);
  return { sql: sub.getQuery(), params: sub.getParameters() };
}

/** `column` holds the id of one of the filter's people. */
export async function byPeople<T extends ObjectLiteral>(manager: EntityManager, viewer: Viewer, qb: SelectQueryBuilder<T>, column: string, f: SupervisionFilter) {
  const people = await peopleCondition(manager, viewer, f);
  return qb.andWhere(`${column} IN (${people.sql})`, people.params);
}

/** A DATETIME read back raw: a Date from mysql2, a `YYYY-MM-DD HH:MM:SS(.sss)` UTC string from SQLite. */
export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(/Z|[+-]\d\d:?\d\d$/.test(text) ? text : `${text.replace(' ', 'T')}Z`);
}
