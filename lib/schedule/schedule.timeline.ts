// Timeline kind SCHEDULE: live schedule entries about the timeline's records that the viewer may see (owner,
// participants, leaders over the owner), by their start time (a planned next contact shows on top).
import { EntityManager } from 'typeorm';
import { Viewer } from '@/lib/access';
import { registerTimelineProvider, targetsCondition } from '@/lib/timeline/timeline.registry';
import { TimelineTarget } from '@/lib/timeline/timeline.types';
import { readableEntries } from './schedule.query';

export const SCHEDULE_KIND = 'SCHEDULE';

const base = async (manager: EntityManager, viewer: Viewer, targets: TimelineTarget[]) =>
  (await readableEntries(manager, viewer)).andWhere(targetsCondition(targets, 's.relatedType', 's.relatedId'));

registerTimelineProvider({
  kind: SCHEDULE_KIND,
  async entries({ manager, viewer, targets, limit }) {
    const rows = await (await base(manager, viewer, targets)).orderBy('s.startAt', 'DESC').addOrderBy('s.id', 'DESC').limit(limit).getMany();
    return rows.map((s) => ({
      kind: SCHEDULE_KIND, id: s.id, at: s.startAt, actorId: s.ownerId, targetType: s.relatedType!, targetId: s.relatedId!, title: s.title, summary: s.description,
    }));
  },
  count: async ({ manager, viewer, targets }) => (await base(manager, viewer, targets)).getCount(),
});
