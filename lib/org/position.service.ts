// Positions (岗位): titles inside a department, not permissions. Names are unique within their department.
import { DataSource, EntityManager, Not } from 'typeorm';
import { Position } from '@/entities';
import { Viewer } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput, conflict, notFound } from '@/lib/errors';
import { lockDepartment } from './department.service';
import { actorOf, cleanText, parseId, tooLong } from './org.common';

export interface PositionInput { name?: string | null; departmentId?: number | string | null }

export const listPositions = (manager: EntityManager, departmentId: number) =>
  manager.find(Position, { where: { departmentId }, order: { id: 'ASC' } });

function cleanName(raw: string | null | undefined): string {
  const name = cleanText(raw);
  new FieldErrors()
    .check(!!name, 'name', 'is required')
    .check(!tooLong(name, 100), 'name', 'must be at most 100 characters')
    .throwIfAny();
  return name!;
}

async function assertNameFree(manager: EntityManager, departmentId: number, name: string, exceptId?: number) {
  const clash = await manager.findOneBy(Position, { departmentId, name, ...(exceptId ? { id: Not(exceptId) } : {}) });
  if (clash) throw conflict('This department already has a position with this name', { field: 'name' });
}

export async function createPosition(db: DataSource, viewer: Viewer, input: PositionInput): Promise<Position> {
  const name = cleanName(input.name);
  const departmentId = parseId(input.departmentId, 'departmentId');
  return inTransaction(db, async (manager) => {
    const dept = await lockDepartment(manager, departmentId);
    if (!dept) throw badInput('departmentId', 'is not an existing department');
    if (!dept.enabled) throw badInput('departmentId', 'is disabled');
    await assertNameFree(manager, departmentId, name);
    const saved = await manager.save(manager.create(Position, { name, departmentId }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'position', entityId: saved.id, changes: { name, departmentId } });
    return saved;
  });
}

/** Renames a position. It stays in its department: users holding it keep a consistent title. */
export async function updatePosition(db: DataSource, viewer: Viewer, id: number, input: PositionInput): Promise<Position> {
  const name = cleanName(input.name);
  return inTransaction(db, async (manager) => {
    const position = await manager.findOneBy(Position, { id });
    if (!position) throw notFound('Position');
    const changes = diff(position, { name });
    if (!Object.keys(changes).length) return position;
    await assertNameFree(manager, position.departmentId, name, id);
    await manager.update(Position, { id }, { name });
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'position', entityId: id, changes });
    return manager.findOneByOrFail(Position, { id });
  });
}
