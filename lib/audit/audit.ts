// Audit writer: called by services inside their transaction, so a change and its audit entry land together.
import { EntityManager } from 'typeorm';
import { AuditLog } from '@/entities';

export interface AuditActor { userId: number | null; ip: string | null; requestId: string | null }

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: number | null;
  changes?: Record<string, unknown> | null;
}

export async function audit(manager: EntityManager, actor: AuditActor, input: AuditInput | AuditInput[]) {
  const list = Array.isArray(input) ? input : [input];
  if (!list.length) return;
  await manager.insert(AuditLog, list.map((entry): Partial<AuditLog> => ({
    actorId: actor.userId,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes ?? null,
    ip: actor.ip,
    requestId: actor.requestId,
  })) as never);
}

const comparable = (v: unknown) => (v instanceof Date ? v.toISOString() : v ?? null);

/** `{ field: [before, after] }` for the fields whose value changes; empty when nothing changes. */
export function diff<T extends object>(before: T, patch: Partial<T>): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const old = (before as Record<string, unknown>)[key];
    if (comparable(old) !== comparable(value)) changes[key] = [comparable(old), comparable(value)];
  }
  return changes;
}
