// Per-request DataLoaders of the task module, spread into graphql/loaders.ts; each applies the viewer's scope.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Task } from '@/entities';
import { Viewer } from '@/lib/access';
import { TaskRights, findTasksByIds, taskRights } from '@/lib/task';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export function taskLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  const task = new DataLoader<number, Task | null>(async (ids) => (viewer ? byId(ids, await findTasksByIds(m, viewer, ids)) : ids.map(() => null)));
  return {
    task,
    /** What the viewer may do with tasks they hold. */
    taskRights: new DataLoader<Task, TaskRights, number>(async (tasks) => {
      if (!viewer) return tasks.map(() => ({ status: false, manage: false }));
      const rights = await taskRights(m, viewer, tasks);
      return tasks.map((t) => rights.get(t.id) ?? { status: false, manage: false });
    }, { cacheKeyFn: (t) => t.id }),
  };
}
