// Timeline kind AUDIT: audit entries of the targets (created, updated, transferred, locked, …).
import { EntityManager } from 'typeorm';
import { AuditLog } from '@/entities';
import { visibleChangedKeys } from '@/lib/fields/field-rules';
import { registerTimelineProvider, targetsCondition } from '../timeline.registry';
import { TimelineTarget } from '../timeline.types';

export const AUDIT_KIND = 'AUDIT';

const base = (manager: EntityManager, targets: TimelineTarget[]) =>
  manager.createQueryBuilder(AuditLog, 'a').where(targetsCondition(targets, 'a.entityType', 'a.entityId'));

registerTimelineProvider({
  kind: AUDIT_KIND,
  async entries({ manager, viewer, targets, limit }) {
    const rows = await base(manager, targets).orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC').limit(limit).getMany();
    return rows.map((a) => ({
      kind: AUDIT_KIND, id: a.id, at: a.createdAt, actorId: a.actorId, targetType: a.entityType, targetId: a.entityId ?? 0,
      // Fields hidden from the viewer (lib/fields) are not named.
      title: a.action, summary: a.changes && a.action === 'update' ? visibleChangedKeys(viewer, a.entityType, a.changes).join(', ') || null : null,
    }));
  },
  count: ({ manager, targets }) => base(manager, targets).getCount(),
});
