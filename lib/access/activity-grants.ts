// Record-level read grants of the personal activity modules (beside the four scopes, like grants.ts): a schedule
// entry's participants read it, a task's creator reads the task they assigned, a report's recipients read it.
// Resolved once per request into ids; rows whose owner the viewer already reaches are left out, so the list
// holds only what the scope alone would hide (a short list even for a leader receiving many reports).
import { EntityManager, SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { Report, ReportRecipient, ScheduleEntry, ScheduleParticipant, Task } from '@/entities';
import { DataModule } from './scopes';
import { Viewer } from './viewer';

/** Above this many reachable owners the "leave out" condition is dropped (the grant list is then just longer). */
const EXCLUDE_LIMIT = 1000;

function excludingOwners<E extends ObjectLiteral>(qb: SelectQueryBuilder<E>, column: string, owners: ReadonlySet<number>) {
  if (owners.size && owners.size <= EXCLUDE_LIMIT) qb.andWhere(`${column} NOT IN (:...reachedOwners)`, { reachedOwners: [...owners] });
  return qb;
}

/** Ids of records of the module the viewer may read because they take part in them; empty for other modules. */
export async function activityGrants(manager: EntityManager, viewer: Viewer, module: DataModule, owners: ReadonlySet<number>): Promise<number[]> {
  let qb: SelectQueryBuilder<ObjectLiteral>;
  switch (module) {
    case 'schedule':
      qb = excludingOwners(manager.createQueryBuilder(ScheduleParticipant, 'gp').select('gp.entryId', 'id')
        .innerJoin(ScheduleEntry, 'gs', 'gs.id = gp.entryId').where('gp.userId = :me', { me: viewer.userId }), 'gs.ownerId', owners);
      break;
    case 'task':
      qb = excludingOwners(manager.createQueryBuilder(Task, 'gt').select('gt.id', 'id')
        .where('gt.createdById = :me', { me: viewer.userId }), 'gt.assigneeId', owners);
      break;
    case 'report':
      qb = excludingOwners(manager.createQueryBuilder(ReportRecipient, 'gr').select('gr.reportId', 'id')
        .innerJoin(Report, 'grr', 'grr.id = gr.reportId').where('gr.userId = :me', { me: viewer.userId }), 'grr.authorId', owners);
      break;
    default:
      return [];
  }
  return (await qb.getRawMany<{ id: number }>()).map((r) => Number(r.id));
}
