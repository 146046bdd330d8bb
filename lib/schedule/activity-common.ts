// Pieces shared by the schedule and task modules: the related record (any record type the author can see), the
// users an entry or a task may name (active colleagues), the audit actor and plain-text length checks.
import { EntityManager, In } from 'typeorm';
import { User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Viewer, isRecordType, requireIds, requireRecordAccess } from '@/lib/access';
import { FieldErrors, badInput } from '@/lib/errors';

export const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** Record types a task or a schedule entry may be about (those registered at the time). */
export const RELATED_TYPES = ['customer', 'contact', 'lead', 'opportunity', 'contract', 'followup', 'report'] as const;
export const relatedTypes = () => RELATED_TYPES.filter((t) => isRecordType(t));

export interface RelatedRecord { relatedType: string | null; relatedId: number | null }

/**
 * Validates a related record given as type + id (both or neither): the type must be one of relatedTypes() and the
 * record readable by the viewer, else NOT_FOUND (as if it did not exist). Returns the pair to store.
 */
export async function checkRelated(manager: EntityManager, viewer: Viewer, type: string | null | undefined, rawId: string | number | null | undefined): Promise<RelatedRecord> {
  const hasType = type !== null && type !== undefined && type !== '';
  const hasId = rawId !== null && rawId !== undefined && rawId !== '';
  if (!hasType && !hasId) return { relatedType: null, relatedId: null };
  if (!hasType) throw badInput('relatedType', 'is required with relatedId');
  if (!hasId) throw badInput('relatedId', 'is required with relatedType');
  if (!(relatedTypes() as string[]).includes(type)) throw badInput('relatedType', `must be one of: ${relatedTypes().join(', ')}`);
  const id = Number(rawId);
  if (!Number.isSafeInteger(id) || id <= 0) throw badInput('relatedId', 'is invalid');
  await requireRecordAccess(manager, viewer, type, [id], 'read');
  return { relatedType: type, relatedId: id };
}

/** Active users among the ids (deduplicated); BAD_USER_INPUT on `field` when any is not an active user. */
export async function activeUsers(manager: EntityManager, raw: readonly (string | number)[], field: string, max = 50): Promise<number[]> {
  if (!raw.length) return [];
  const ids = requireIds(raw, field, max);
  const found = await manager.countBy(User, { id: In(ids), status: UserStatus.ACTIVE });
  if (found !== ids.length) throw badInput(field, 'must be active users');
  return ids;
}

/** Trims a text field; reports missing (when required) and too long values on `errors`. */
export function cleanText(errors: FieldErrors, field: string, value: string | null | undefined, max: number, required: boolean): string | null {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) {
    if (required) errors.add(field, 'is required');
    return null;
  }
  if ([...text].length > max) errors.add(field, `must be at most ${max} characters`);
  return text;
}

export const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
