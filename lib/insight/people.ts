// Whose figures a viewer may see on the dashboard and in the reports: the owners their read scopes reach in the
// modules the figures count (customers, contacts, opportunities, contracts and their receivables, follow-ups),
// always themselves included. Resolved once per request from lib/access, like the scopes it is made of. Records
// reached only through a team seat or an approval grant stay readable, but are counted for their owner, who is
// then not one of the viewer's people: a figure is always "records of these people that I may read".
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Department, User } from '@/entities';
import { DataModule, Viewer, resolveScope } from '@/lib/access';

export const INSIGHT_MODULES: readonly DataModule[] = ['customer', 'contact', 'opportunity', 'contract', 'followup'];

/** Everyone (an ALL scope in one of the modules), or exactly these user ids (never empty). */
export interface People { all: boolean; ids: number[] }

export function insightPeople(manager: EntityManager, viewer: Viewer): Promise<People> {
  const key = 'insight:people';
  const cached = viewer.cache.get(key) as Promise<People> | undefined;
  if (cached) return cached;
  const promise = (async (): Promise<People> => {
    const ids = new Set<number>([viewer.userId]);
    for (const module of INSIGHT_MODULES) {
      const scope = await resolveScope(manager, viewer, module, 'read');
      if (scope.all) return { all: true, ids: [] };
      for (const id of scope.ownerIds) ids.add(id);
    }
    return { all: false, ids: [...ids].sort((a, b) => a - b) };
  })();
  viewer.cache.set(key, promise);
  return promise;
}

let seq = 0;

/** Restricts an owner column to the people: `IN (…)`, or `IS NOT NULL` for everyone (owner-less rows are nobody's). */
export function byPeople<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, people: People): SelectQueryBuilder<T> {
  if (people.all) return qb.andWhere(`${column} IS NOT NULL`);
  if (!people.ids.length) return qb.andWhere('1 = 0');
  const name = `insightPeople${++seq}`;
  return qb.andWhere(`${column} IN (:...${name})`, { [name]: people.ids });
}

export interface InsightPerson { id: number; username: string; name: string; status: string; departmentId: number; departmentName: string | null }
export interface InsightDepartment { id: number; name: string; parentId: number | null; path: string }

/** The people as rows (for the person switch and the rankings), by department then name. */
export async function peopleRows(manager: EntityManager, people: People): Promise<InsightPerson[]> {
  const qb = manager.createQueryBuilder(User, 'u')
    .select('u.id', 'id').addSelect('u.username', 'username').addSelect('u.name', 'name').addSelect('u.status', 'status')
    .addSelect('u.departmentId', 'departmentId').addSelect('d.name', 'departmentName')
    .leftJoin(Department, 'd', 'd.id = u.departmentId');
  if (!people.all) qb.where('u.id IN (:...ids)', { ids: people.ids.length ? people.ids : [0] });
  const rows = await qb.orderBy('d.path', 'ASC').addOrderBy('u.nameSort', 'ASC').addOrderBy('u.id', 'ASC')
    .getRawMany<{ id: number; username: string; name: string; status: string; departmentId: number; departmentName: string | null }>();
  return rows.map((r) => ({ ...r, id: Number(r.id), departmentId: Number(r.departmentId) }));
}

/**
 * The departments the viewer may switch to: those holding some of their people, as a tree in which each hangs
 * under its nearest listed ancestor (departments above the scope are not shown).
 */
export async function insightDepartments(manager: EntityManager, people: People): Promise<InsightDepartment[]> {
  const qb = manager.createQueryBuilder(Department, 'd');
  if (!people.all) {
    const holders = manager.createQueryBuilder(User, 'hu').select('hu.departmentId').where('hu.id IN (:...holderIds)');
    qb.where(`d.id IN (${holders.getQuery()})`, { holderIds: people.ids.length ? people.ids : [0] });
  }
  const rows = await qb.orderBy('d.path', 'ASC').addOrderBy('d.sortOrder', 'ASC').addOrderBy('d.id', 'ASC').getMany();
  const listed = new Set(rows.map((d) => d.id));
  return rows.map((d) => {
    const ancestors = d.path.split('/').filter(Boolean).map(Number).filter((id) => id !== d.id);
    const parent = [...ancestors].reverse().find((id) => listed.has(id)) ?? null;
    return { id: d.id, name: d.name, parentId: parent, path: d.path };
  });
}

/** Ids of the users of a department and its sub-departments. */
export async function departmentUserIds(manager: EntityManager, department: Pick<Department, 'path'>): Promise<number[]> {
  const rows = await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
    .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${department.path}%` })
    .getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}
