// The follow-up seam (lib/followup/followup.hooks.ts): a follow-up's next contact time becomes a schedule entry of
// its author about the same record, with a reminder; moving the time moves the entry (and re-arms the reminder),
// clearing it or deleting the follow-up removes the entry. Runs inside the follow-up's transaction.
import { EntityManager, IsNull } from 'typeorm';
import { FollowUp, ScheduleEntry } from '@/entities';
import { ScheduleSource } from '@/entities/schedule-entry.entity';
import { Viewer } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { cadences } from '@/lib/cadence/cadence.settings';
import { onFollowUpChange } from '@/lib/followup/followup.hooks';
import { recordRefs } from '@/lib/timeline/record-ref';
import { actorOf } from './activity-common';
import { insertScheduleEntry } from './schedule.service';
import { SCHEDULE_TYPE } from './schedule.tables';

/** How long the planned contact is shown in the calendar. */
const CONTACT_MINUTES = 30;

const entryOf = (manager: EntityManager, followUpId: number) =>
  manager.findOneBy(ScheduleEntry, { followUpId, source: ScheduleSource.FOLLOW_UP, deletedAt: IsNull() });

async function titleFor(manager: EntityManager, viewer: Viewer, followUp: FollowUp) {
  const ref = (await recordRefs(manager, viewer, followUp.parentType, [followUp.parentId])).get(followUp.parentId);
  return `跟进：${ref?.title ?? followUp.subject}`.slice(0, 200);
}

async function planContact(manager: EntityManager, viewer: Viewer, followUp: FollowUp, at: Date) {
  // Minutes before the next contact time the author is reminded (settings 提醒周期).
  const minutes = (await cadences(manager)).followUpReminderMinutes;
  const existing = await entryOf(manager, followUp.id);
  if (!existing) {
    await insertScheduleEntry(manager, viewer, {
      title: await titleFor(manager, viewer, followUp), description: followUp.nextStep,
      startAt: at, endAt: new Date(at.getTime() + CONTACT_MINUTES * 60_000), allDay: false, reminderMinutes: minutes,
      relatedType: followUp.parentType, relatedId: followUp.parentId,
    }, { source: ScheduleSource.FOLLOW_UP, followUpId: followUp.id });
    return;
  }
  const remindAt = new Date(at.getTime() - (existing.reminderMinutes ?? minutes) * 60_000);
  if (existing.startAt.getTime() === at.getTime() && existing.description === followUp.nextStep) return;
  const changes = { startAt: [existing.startAt.toISOString(), at.toISOString()], description: [existing.description, followUp.nextStep] };
  await manager.update(ScheduleEntry, { id: existing.id }, {
    startAt: at, endAt: new Date(at.getTime() + CONTACT_MINUTES * 60_000), remindAt, reminderSentAt: null, description: followUp.nextStep,
  });
  await audit(manager, actorOf(viewer), { action: 'update', entityType: SCHEDULE_TYPE, entityId: existing.id, changes });
}

async function dropContact(manager: EntityManager, viewer: Viewer, followUp: FollowUp) {
  const existing = await entryOf(manager, followUp.id);
  if (!existing) return;
  await manager.update(ScheduleEntry, { id: existing.id }, { deletedAt: new Date(), deletedById: viewer.userId });
  await audit(manager, actorOf(viewer), { action: 'delete', entityType: SCHEDULE_TYPE, entityId: existing.id, changes: { followUpId: followUp.id } });
}

onFollowUpChange('schedule', async (manager, change) => {
  const { followUp, viewer } = change;
  if (change.event === 'delete' || !followUp.nextContactAt) await dropContact(manager, viewer, followUp);
  else await planContact(manager, viewer, followUp, followUp.nextContactAt);
});
