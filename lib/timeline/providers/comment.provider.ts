// Timeline kind COMMENT: comments on the targets themselves and on the live follow-ups recorded on them.
import { Brackets, EntityManager } from 'typeorm';
import { Comment, FollowUp } from '@/entities';
import { FOLLOW_UP_TYPE } from '@/lib/followup/followup.tables';
import { registerTimelineProvider, targetsCondition } from '../timeline.registry';
import { TimelineTarget } from '../timeline.types';

export const COMMENT_KIND = 'COMMENT';

function base(manager: EntityManager, targets: TimelineTarget[]) {
  const followUps = manager.createQueryBuilder(FollowUp, 'cf').select('cf.id')
    .where('cf.deletedAt IS NULL').andWhere(targetsCondition(targets, 'cf.parentType', 'cf.parentId'));
  return manager.createQueryBuilder(Comment, 'c').where(new Brackets((w) => {
    w.where(targetsCondition(targets, 'c.targetType', 'c.targetId'))
      .orWhere(`(c.targetType = :cmFollowUp AND c.targetId IN (${followUps.getQuery()}))`, { cmFollowUp: FOLLOW_UP_TYPE, ...followUps.getParameters() });
  }));
}

registerTimelineProvider({
  kind: COMMENT_KIND,
  async entries({ manager, targets, limit }) {
    const rows = await base(manager, targets).orderBy('c.createdAt', 'DESC').addOrderBy('c.id', 'DESC').limit(limit).getMany();
    return rows.map((c) => ({
      kind: COMMENT_KIND, id: c.id, at: c.createdAt, actorId: c.authorId, targetType: c.targetType, targetId: c.targetId, title: null, summary: c.content,
    }));
  },
  count: ({ manager, targets }) => base(manager, targets).getCount(),
});
