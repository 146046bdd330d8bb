// Reading users for administration: everyone for system:user holders, the own department subtree for a
// department manager, nobody otherwise. Filters, counts and lookups all go through the same base query.
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Department, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Viewer } from '@/lib/access';
import { PageArgs, paginate } from '@/lib/pagination';
import { ESCAPE, likePattern } from '@/lib/text';
import { idOrNull, subtreeDepartmentIds } from './org.common';
import { administeredSubtree } from './user-policy';

export interface UserFilter {
  keyword?: string | null;
  /** Includes the department's sub-departments. */
  departmentId?: number | string | null;
  status?: UserStatus | null;
  roleId?: number | string | null;
}

/** Users the viewer may administer (and so see in the user list). */
export async function administeredUsers(manager: EntityManager, viewer: Viewer): Promise<SelectQueryBuilder<User>> {
  const qb = manager.createQueryBuilder(User, 'u');
  const subtree = await administeredSubtree(manager, viewer);
  if (subtree === undefined) return qb.where('1 = 0');
  if (subtree === null) return qb.where('1 = 1');
  return qb.where('u.departmentId IN (:...adminDepts)', { adminDepts: await subtreeDepartmentIds(manager, subtree.path) });
}

async function applyFilter(manager: EntityManager, qb: SelectQueryBuilder<User>, filter: UserFilter) {
  const keyword = filter.keyword?.trim();
  if (keyword) {
    qb.andWhere(new Brackets((w) => {
      for (const column of ['u.username', 'u.name', 'u.phone', 'u.email']) w.orWhere(`${column} LIKE :kw${ESCAPE}`);
    }), { kw: likePattern(keyword) });
  }
  if (filter.departmentId !== undefined && filter.departmentId !== null) {
    const id = idOrNull(filter.departmentId);
    const dept = id ? await manager.findOneBy(Department, { id }) : null;
    const ids = dept ? await subtreeDepartmentIds(manager, dept.path) : [];
    if (ids.length) qb.andWhere('u.departmentId IN (:...filterDepts)', { filterDepts: ids });
    else qb.andWhere('1 = 0');
  }
  if (filter.status) qb.andWhere('u.status = :status', { status: filter.status });
  if (filter.roleId !== undefined && filter.roleId !== null) {
    qb.andWhere('EXISTS (SELECT 1 FROM user_role ur WHERE ur.user_id = u.id AND ur.role_id = :roleId)', { roleId: idOrNull(filter.roleId) ?? 0 });
  }
}

export async function listUsers(db: DataSource, viewer: Viewer, filter: UserFilter = {}, page: PageArgs = {}) {
  const qb = await administeredUsers(db.manager, viewer);
  await applyFilter(db.manager, qb, filter);
  qb.orderBy('u.id', 'DESC');
  return paginate(qb, page);
}

/** One user the viewer may administer, or null (exactly as if it did not exist). */
export async function findUser(manager: EntityManager, viewer: Viewer, rawId: number | string): Promise<User | null> {
  const id = idOrNull(rawId);
  if (!id) return null;
  return (await administeredUsers(manager, viewer)).andWhere('u.id = :id', { id }).getOne();
}
