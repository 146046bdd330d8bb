// Departments (SPEC 2.1): the tree as a flat list, create, rename / move / set head, disable / enable.
// A move rewrites the materialised path of the whole subtree in one statement inside the transaction.
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { Department, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { forUpdate, isMysql } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput, conflict, notFound } from '@/lib/errors';
import { actorOf, cleanText, parseId, subtreeDepartmentIds, tooLong, withinSubtree } from './org.common';

export interface DepartmentInput {
  name?: string | null;
  parentId?: number | string | null;
  headId?: number | string | null;
  sortOrder?: number | null;
}

const PATH_MAX = 255;

export const listDepartments = (manager: EntityManager) =>
  manager.createQueryBuilder(Department, 'd').orderBy('d.sortOrder', 'ASC').addOrderBy('d.id', 'ASC').getMany();

/** Reads departments with a row lock (MySQL), so concurrent moves and disables see each other's result. */
const lockDepartments = (manager: EntityManager, ids: number[]) =>
  ids.length ? forUpdate(manager, manager.createQueryBuilder(Department, 'd').where('d.id IN (:...ids)', { ids })).getMany() : Promise.resolve([]);

export async function lockDepartment(manager: EntityManager, id: number): Promise<Department | null> {
  return (await lockDepartments(manager, [id]))[0] ?? null;
}

/** Checks name, head and sort order; returns the cleaned patch. */
async function cleanFields(manager: EntityManager, input: DepartmentInput, creating: boolean) {
  const errors = new FieldErrors();
  const patch: Partial<Department> = {};
  if (creating || input.name !== undefined) {
    const name = cleanText(input.name);
    errors.check(!!name, 'name', 'is required');
    errors.check(!tooLong(name, 100), 'name', 'must be at most 100 characters');
    if (name) patch.name = name;
  }
  if (input.sortOrder !== undefined && input.sortOrder !== null) {
    errors.check(Number.isInteger(input.sortOrder) && Math.abs(input.sortOrder) < 1e9, 'sortOrder', 'must be a whole number');
    patch.sortOrder = input.sortOrder;
  }
  if (input.headId === null) patch.headId = null;
  else if (input.headId !== undefined) {
    const headId = Number(input.headId);
    const head = Number.isSafeInteger(headId) && headId > 0 ? await manager.findOneBy(User, { id: headId }) : null;
    errors.check(!!head && head.status !== UserStatus.DISABLED, 'headId', 'must be an existing, not disabled user');
    patch.headId = headId;
  }
  errors.throwIfAny();
  return patch;
}

async function assertNameFreeAmongSiblings(manager: EntityManager, parentId: number, name: string, exceptId?: number) {
  const clash = await manager.findOneBy(Department, { parentId, name, ...(exceptId ? { id: Not(exceptId) } : {}) });
  if (clash) throw conflict('A department with this name already exists under the same parent', { field: 'name' });
}

export async function createDepartment(db: DataSource, viewer: Viewer, input: DepartmentInput): Promise<Department> {
  const parentId = input.parentId === undefined || input.parentId === null ? null : parseId(input.parentId, 'parentId');
  if (parentId === null) throw badInput('parentId', 'is required');
  return inTransaction(db, async (manager) => {
    const patch = await cleanFields(manager, input, true);
    const parent = await lockDepartment(manager, parentId);
    if (!parent) throw badInput('parentId', 'is not an existing department');
    if (!parent.enabled) throw badInput('parentId', 'is disabled');
    await assertNameFreeAmongSiblings(manager, parent.id, patch.name!);
    const saved = await manager.save(manager.create(Department, { ...patch, parentId: parent.id, path: `${parent.path}0/`, enabled: true }));
    saved.path = `${parent.path}${saved.id}/`;
    if (saved.path.length > PATH_MAX) throw badInput('parentId', 'the department tree would be too deep');
    await manager.update(Department, { id: saved.id }, { path: saved.path });
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'department', entityId: saved.id, changes: { ...patch, parentId: parent.id } });
    return saved;
  });
}

/** Moves `dept` under `parentId`, rewriting the path of every department in its subtree. */
async function moveDepartment(manager: EntityManager, dept: Department, parentId: number): Promise<{ path: string; moved: number }> {
  if (dept.parentId === null) throw badInput('parentId', 'the root department cannot be moved');
  const candidate = await manager.findOneBy(Department, { id: parentId });
  if (!candidate) throw badInput('parentId', 'is not an existing department');
  // Lock the new parent's whole ancestor chain: a concurrent move that would close a cycle must wait for us.
  const chain = await lockDepartments(manager, candidate.path.split('/').filter(Boolean).map(Number));
  const parent = chain.find((d) => d.id === parentId)!;
  if (withinSubtree(parent, dept)) throw badInput('parentId', 'cannot be the department itself or one of its sub-departments');
  if (!parent.enabled && dept.enabled) throw badInput('parentId', 'is disabled');
  const newPath = `${parent.path}${dept.id}/`;
  const deepest = await manager.createQueryBuilder(Department, 'd').select('MAX(LENGTH(d.path))', 'len')
    .where('d.path LIKE :old', { old: `${dept.path}%` }).getRawOne<{ len: number }>();
  if (Number(deepest?.len ?? 0) - dept.path.length + newPath.length > PATH_MAX) throw badInput('parentId', 'the department tree would be too deep');
  const rewrite = isMysql(manager) ? 'CONCAT(:newPath, SUBSTRING(path, :cut))' : '(:newPath || SUBSTR(path, :cut))';
  const result = await manager.createQueryBuilder().update(Department)
    .set({ path: () => rewrite })
    .where('path LIKE :old', { old: `${dept.path}%` })
    .setParameters({ newPath, cut: dept.path.length + 1 })
    .execute();
  return { path: newPath, moved: result.affected ?? 0 };
}

export async function updateDepartment(db: DataSource, viewer: Viewer, id: number, input: DepartmentInput): Promise<Department> {
  const parentId = input.parentId === undefined ? undefined : input.parentId === null ? null : parseId(input.parentId, 'parentId');
  return inTransaction(db, async (manager) => {
    const dept = await lockDepartment(manager, id);
    if (!dept) throw notFound('Department');
    const patch = await cleanFields(manager, input, false);
    if (parentId === null && dept.parentId !== null) throw badInput('parentId', 'is required: there is only one root department');
    const moving = parentId !== undefined && parentId !== null && parentId !== dept.parentId;
    const finalParent = moving ? parentId : dept.parentId;
    if (finalParent !== null && (moving || (patch.name && patch.name !== dept.name))) {
      await assertNameFreeAmongSiblings(manager, finalParent, patch.name ?? dept.name, dept.id);
    }
    const changes: Record<string, unknown> = diff(dept, patch);
    if (moving) {
      const moved = await moveDepartment(manager, dept, parentId);
      changes.parentId = [dept.parentId, parentId];
      changes.path = [dept.path, moved.path];
      changes.subtreeSize = moved.moved;
    }
    if (!Object.keys(changes).length) return dept;
    await manager.update(Department, { id }, moving ? { ...patch, parentId: parentId! } : patch);
    await audit(manager, actorOf(viewer), { action: moving ? 'move' : 'update', entityType: 'department', entityId: id, changes });
    return manager.findOneByOrFail(Department, { id });
  });
}

/**
 * Disabling takes the whole subtree with it and is refused while anyone not disabled still belongs to it;
 * enabling is refused while the parent is disabled. The root can never be disabled.
 */
export async function setDepartmentEnabled(db: DataSource, viewer: Viewer, id: number, enabled: boolean): Promise<Department> {
  return inTransaction(db, async (manager) => {
    const dept = await lockDepartment(manager, id);
    if (!dept) throw notFound('Department');
    if (enabled) {
      if (dept.enabled) return dept;
      const parent = dept.parentId ? await lockDepartment(manager, dept.parentId) : null;
      if (parent && !parent.enabled) throw badInput('id', 'its parent department is disabled: enable that first');
      await manager.update(Department, { id }, { enabled: true });
      await audit(manager, actorOf(viewer), { action: 'enable', entityType: 'department', entityId: id, changes: { enabled: [false, true] } });
      return manager.findOneByOrFail(Department, { id });
    }
    if (dept.parentId === null) throw badInput('id', 'the root department cannot be disabled');
    const subtree = await lockDepartments(manager, await subtreeDepartmentIds(manager, dept.path));
    const members = await manager.countBy(User, { departmentId: In(subtree.map((d) => d.id)), status: Not(UserStatus.DISABLED) });
    if (members) throw badInput('id', `the department (or a sub-department) still has ${members} active or not yet activated users: move or disable them first`);
    const turningOff = subtree.filter((d) => d.enabled);
    if (!turningOff.length) return dept;
    await manager.update(Department, { id: In(turningOff.map((d) => d.id)) }, { enabled: false });
    await audit(manager, actorOf(viewer), turningOff.map((d) => ({
      action: 'disable', entityType: 'department', entityId: d.id, changes: { enabled: [true, false], ...(d.id === id ? {} : { withParent: id }) },
    })));
    return manager.findOneByOrFail(Department, { id });
  });
}
