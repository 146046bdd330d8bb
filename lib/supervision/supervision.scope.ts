// Who a leader supervises (SPEC 4.3): the users whose activity records the viewer's read scopes reach by owner —
// follow-ups, tasks, schedule entries and work reports. One-by-one grants (a report sent to you, a task you
// assigned) do not make someone "yours". Everyone reaches themselves; a leader reaches someone else too.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Department, User } from '@/entities';
import { DataModule, Viewer, resolveScope } from '@/lib/access';
import { notFound } from '@/lib/errors';

/** The activity modules whose read scope decides who the viewer supervises. */
export const SUPERVISION_MODULES: readonly DataModule[] = ['followup', 'task', 'schedule', 'report'];

/** Everyone (an ALL scope), or exactly these user ids (never empty: the viewer is always among them). */
export interface Supervised { all: boolean; userIds: number[] }

/** Resolved once per request, like the scopes it is made of. */
export function supervisedUsers(manager: EntityManager, viewer: Viewer): Promise<Supervised> {
  const key = 'supervision:people';
  const cached = viewer.cache.get(key) as Promise<Supervised> | undefined;
  if (cached) return cached;
  const promise = (async (): Promise<Supervised> => {
    const ids = new Set<number>([viewer.userId]);
    for (const module of SUPERVISION_MODULES) {
      const scope = await resolveScope(manager, viewer, module, 'read');
      if (scope.all) return { all: true, userIds: [] };
      for (const id of scope.ownerIds) ids.add(id);
    }
    return { all: false, userIds: [...ids] };
  })();
  viewer.cache.set(key, promise);
  return promise;
}

let seq = 0;

/** Restricts `column` (a user id column) to the supervised users, in SQL. */
export function applySupervised<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, people: Supervised): SelectQueryBuilder<T> {
  if (people.all) return qb;
  const name = `supervised${++seq}`;
  return qb.andWhere(`${column} IN (:...${name})`, { [name]: people.userIds });
}

/** True when the viewer supervises someone besides themselves (the 员工监督 menu entry shows). */
export async function supervisesOthers(manager: EntityManager, viewer: Viewer): Promise<boolean> {
  const people = await supervisedUsers(manager, viewer);
  if (people.all) return (await manager.createQueryBuilder(User, 'u').where('u.id <> :me', { me: viewer.userId }).getCount()) > 0;
  return people.userIds.some((id) => id !== viewer.userId);
}

/** A supervised user, or NOT_FOUND (someone outside the scope looks exactly like someone who does not exist). */
export async function requireSupervised(manager: EntityManager, viewer: Viewer, userId: number): Promise<User> {
  if (!Number.isSafeInteger(userId) || userId <= 0) throw notFound('User');
  const qb = manager.createQueryBuilder(User, 'u').where('u.id = :uid', { uid: userId });
  const user = await applySupervised(qb, 'u.id', await supervisedUsers(manager, viewer)).getOne();
  if (!user) throw notFound('User');
  return user;
}

export interface SupervisedPerson { id: number; username: string; name: string; status: string; departmentId: number; departmentName: string | null }
export interface SupervisionDepartment { id: number; name: string; parentId: number | null }

/** The people the viewer supervises (for the person filter), by department then name. */
export async function supervisedPeople(manager: EntityManager, viewer: Viewer): Promise<SupervisedPerson[]> {
  const qb = manager.createQueryBuilder(User, 'u')
    .select('u.id', 'id').addSelect('u.username', 'username').addSelect('u.name', 'name').addSelect('u.status', 'status')
    .addSelect('u.departmentId', 'departmentId').addSelect('d.name', 'departmentName')
    .leftJoin(Department, 'd', 'd.id = u.departmentId');
  applySupervised(qb, 'u.id', await supervisedUsers(manager, viewer));
  const rows = await qb.orderBy('d.path', 'ASC').addOrderBy('u.nameSort', 'ASC').addOrderBy('u.id', 'ASC')
    .getRawMany<{ id: number; username: string; name: string; status: string; departmentId: number; departmentName: string | null }>();
  return rows.map((r) => ({ ...r, id: Number(r.id), departmentId: Number(r.departmentId) }));
}

/**
 * The departments the viewer may filter by: those holding supervised people, as a tree in which each one hangs
 * under its nearest listed ancestor (departments above the scope are not shown).
 */
export async function supervisionDepartments(manager: EntityManager, viewer: Viewer): Promise<SupervisionDepartment[]> {
  const people = await supervisedUsers(manager, viewer);
  const holders = manager.createQueryBuilder(User, 'hu').select('hu.departmentId');
  applySupervised(holders, 'hu.id', people);
  const rows = await manager.createQueryBuilder(Department, 'd')
    .where(`d.id IN (${holders.getQuery()})`).setParameters(holders.getParameters())
    .orderBy('d.path', 'ASC').addOrderBy('d.sortOrder', 'ASC').addOrderBy('d.id', 'ASC').getMany();
  const listed = new Set(rows.map((d) => d.id));
  return rows.map((d) => {
    const ancestors = d.path.split('/').filter(Boolean).map(Number).filter((id) => id !== d.id);
    const parent = [...ancestors].reverse().find((id) => listed.has(id)) ?? null;
    return { id: d.id, name: d.name, parentId: parent };
  });
}
