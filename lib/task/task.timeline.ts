// Timeline kind TASK: live tasks about the timeline's records that the viewer may see (the task's own visibility:
// assignee, creator, leaders over the assignee), by the time they were created.
import { EntityManager } from 'typeorm';
import { Viewer } from '@/lib/access';
import { registerTimelineProvider, targetsCondition } from '@/lib/timeline/timeline.registry';
import { TimelineTarget } from '@/lib/timeline/timeline.types';
import { readableTasks } from './task.query';

export const TASK_KIND = 'TASK';

const base = async (manager: EntityManager, viewer: Viewer, targets: TimelineTarget[]) =>
  (await readableTasks(manager, viewer)).andWhere(targetsCondition(targets, 't.relatedType', 't.relatedId'));

registerTimelineProvider({
  kind: TASK_KIND,
  async entries({ manager, viewer, targets, limit }) {
    const rows = await (await base(manager, viewer, targets)).orderBy('t.createdAt', 'DESC').addOrderBy('t.id', 'DESC').limit(limit).getMany();
    return rows.map((t) => ({
      kind: TASK_KIND, id: t.id, at: t.createdAt, actorId: t.createdById, targetType: t.relatedType!, targetId: t.relatedId!, title: t.title, summary: t.status,
    }));
  },
  count: async ({ manager, viewer, targets }) => (await base(manager, viewer, targets)).getCount(),
});
