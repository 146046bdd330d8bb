// Timeline kind FOLLOW_UP: live follow-ups recorded on the targets, by the time of the contact.
import { EntityManager } from 'typeorm';
import { FollowUp } from '@/entities';
import { registerTimelineProvider, targetsCondition } from '../timeline.registry';
import { TimelineTarget } from '../timeline.types';

export const FOLLOW_UP_KIND = 'FOLLOW_UP';

const base = (manager: EntityManager, targets: TimelineTarget[]) =>
  manager.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NULL').andWhere(targetsCondition(targets, 'f.parentType', 'f.parentId'));

registerTimelineProvider({
  kind: FOLLOW_UP_KIND,
  async entries({ manager, targets, limit }) {
    const rows = await base(manager, targets).orderBy('f.occurredAt', 'DESC').addOrderBy('f.id', 'DESC').limit(limit).getMany();
    return rows.map((f) => ({
      kind: FOLLOW_UP_KIND, id: f.id, at: f.occurredAt, actorId: f.authorId, targetType: f.parentType, targetId: f.parentId, title: f.subject, summary: f.result,
    }));
  },
  count: ({ manager, targets }) => base(manager, targets).getCount(),
});
