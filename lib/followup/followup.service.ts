// Follow-up changes. Logging a contact needs READ access to the parent (a team member with a read-only seat,
// or a leader, may log a contact: it records what happened, it does not change the parent). Only the author
// may change or delete their follow-up, within FOLLOW_UP_EDIT_DAYS (default 7) of recording it and only while
// nobody else has commented on it, so what a leader reviewed stays as reviewed. Deletion is soft; all audited.
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Comment, FollowUp, Lead } from '@/entities';
import { registerLeadConversionHook } from '@/lib/lead/lead-conversion.hooks';
import { Viewer, isRecordType, moveRecordRoots, requireIds, requireRecordAccess } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { linkAttachments, registerAttachmentOwner } from '@/lib/attachment/attachment.service';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, conflict, forbidden } from '@/lib/errors';
import { FOLLOW_UP_PARENT_TYPES, FOLLOW_UP_TYPE } from './followup.tables';
import { cleanDictionaryFields } from '@/lib/dictionary/record-values';
import { FollowUpFields, cleanFollowUpFields } from './followup.validation';
import { afterFollowUpChange } from './followup.hooks';
import { customerOfRecord, refreshCustomerFollowUpTimes } from './followup-customer';

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

export interface CreateFollowUpFields extends FollowUpFields {
  parentType: string;
  parentId: number;
  attachmentIds?: (string | number)[] | null;
}

export const editWindowDays = () => {
  const days = Number(process.env.FOLLOW_UP_EDIT_DAYS);
  return Number.isFinite(days) && days >= 0 ? days : 7;
};

/** The parent types a follow-up may be recorded on right now (those whose modules are registered). */
export const followUpParentTypes = () => FOLLOW_UP_PARENT_TYPES.filter((t) => isRecordType(t));

export function assertParentType(type: string) {
  if (!(followUpParentTypes() as string[]).includes(type)) throw badInput('parentType', `must be one of: ${followUpParentTypes().join(', ')}`);
}

/** Why the viewer may not change this follow-up, or null when they may. */
export async function editRefusal(manager: EntityManager, viewer: Viewer, followUp: FollowUp, now = new Date()): Promise<'NOT_AUTHOR' | 'WINDOW_PASSED' | 'COMMENTED' | null> {
  if (followUp.authorId !== viewer.userId) return 'NOT_AUTHOR';
  if (now.getTime() - followUp.createdAt.getTime() > editWindowDays() * 86400000) return 'WINDOW_PASSED';
  const commented = await manager.existsBy(Comment, { targetType: FOLLOW_UP_TYPE, targetId: followUp.id, authorId: Not(viewer.userId) });
  return commented ? 'COMMENTED' : null;
}

/** The follow-ups among `ids` the viewer may still change (for the UI's edit buttons), in one pass. */
export async function editableFollowUpIds(manager: EntityManager, viewer: Viewer, ids: readonly number[], now = new Date()): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const since = now.getTime() - editWindowDays() * 86400000;
  const own = (await manager.findBy(FollowUp, { id: In([...ids]), authorId: viewer.userId, deletedAt: IsNull() })).filter((f) => f.createdAt.getTime() >= since);
  if (!own.length) return new Set();
  const commented = await manager.createQueryBuilder(Comment, 'c').select('DISTINCT c.targetId', 'id')
    .where('c.targetType = :type AND c.targetId IN (:...ids) AND c.authorId <> :me', { type: FOLLOW_UP_TYPE, ids: own.map((f) => f.id), me: viewer.userId })
    .getRawMany<{ id: number }>();
  const blocked = new Set(commented.map((r) => Number(r.id)));
  return new Set(own.map((f) => f.id).filter((id) => !blocked.has(id)));
}

/** Loads a live follow-up the viewer can see and may change; NOT_FOUND / FORBIDDEN / CONFLICT otherwise. */
async function editable(manager: EntityManager, viewer: Viewer, id: number): Promise<FollowUp> {
  await requireRecordAccess(manager, viewer, FOLLOW_UP_TYPE, [id], 'read');
  const followUp = await manager.findOneByOrFail(FollowUp, { id, deletedAt: IsNull() });
  const refusal = await editRefusal(manager, viewer, followUp);
  if (refusal === 'NOT_AUTHOR') throw forbidden('Only the author may change a follow-up');
  if (refusal === 'WINDOW_PASSED') throw forbidden(`A follow-up can only be changed within ${editWindowDays()} days of recording it`);
  if (refusal === 'COMMENTED') throw conflict('This follow-up has been commented on and can no longer be changed');
  return followUp;
}

async function afterChange(manager: EntityManager, viewer: Viewer, event: 'create' | 'update' | 'delete', followUp: FollowUp, before: FollowUp | null) {
  const customerId = await customerOfRecord(manager, followUp.parentType, followUp.parentId);
  if (customerId) await refreshCustomerFollowUpTimes(manager, customerId);
  await afterFollowUpChange(manager, { event, followUp, before, viewer, customerId });
}

export async function createFollowUp(db: DataSource, viewer: Viewer, input: CreateFollowUpFields): Promise<FollowUp> {
  assertParentType(input.parentType);
  const { parentType, parentId, attachmentIds, ...rest } = input;
  const fields = cleanFollowUpFields(rest, null);
  return inTransaction(db, async (manager) => {
    await requireRecordAccess(manager, viewer, parentType, [parentId], 'read');
    await cleanDictionaryFields(manager, 'follow_up', fields);
    const saved = await manager.save(manager.create(FollowUp, {
      ...(fields as Partial<FollowUp>), parentType, parentId, substantive: fields.substantive ?? false, authorId: viewer.userId, deletedAt: null, deletedById: null,
    }));
    await linkAttachments(manager, viewer, attachmentIds, { entityType: FOLLOW_UP_TYPE, entityId: saved.id });
    await audit(manager, actorOf(viewer), { action: 'create', entityType: FOLLOW_UP_TYPE, entityId: saved.id, changes: { parentType, parentId, ...fields } });
    await afterChange(manager, viewer, 'create', saved, null);
    return saved;
  });
}

export async function updateFollowUp(db: DataSource, viewer: Viewer, id: number, input: FollowUpFields & { attachmentIds?: (string | number)[] | null }): Promise<FollowUp> {
  const { attachmentIds, ...rest } = input;
  return inTransaction(db, async (manager) => {
    const current = await editable(manager, viewer, id);
    const fields = cleanFollowUpFields(rest, current as Required<FollowUpFields>);
    // A follow-up keeps a method whose option has since been disabled.
    await cleanDictionaryFields(manager, 'follow_up', fields, current as FollowUpFields);
    const before = manager.create(FollowUp, { ...current });
    const changes = diff(current, fields as Partial<FollowUp>);
    const linked = await linkAttachments(manager, viewer, attachmentIds, { entityType: FOLLOW_UP_TYPE, entityId: id });
    if (!Object.keys(changes).length) return current;
    Object.assign(current, fields);
    const saved = await manager.save(current);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: FOLLOW_UP_TYPE, entityId: id, changes: linked.length ? { ...changes, attachmentIds: linked } : changes });
    await afterChange(manager, viewer, 'update', saved, before);
    return saved;
  });
}

/** Moves the follow-up to the recycle bin; the customer's follow-up times are recomputed without it. */
export async function deleteFollowUp(db: DataSource, viewer: Viewer, id: number): Promise<number> {
  return inTransaction(db, async (manager) => {
    const followUp = await editable(manager, viewer, id);
    followUp.deletedAt = new Date();
    followUp.deletedById = viewer.userId;
    const saved = await manager.save(followUp);
    await audit(manager, actorOf(viewer), { action: 'delete', entityType: FOLLOW_UP_TYPE, entityId: id });
    await afterChange(manager, viewer, 'delete', saved, null);
    return id;
  });
}

/**
 * Brings deleted follow-ups back when the viewer may change the record they hang under (which must be live);
 * the customer's follow-up times are recomputed with them.
 */
export async function restoreFollowUps(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireRecordAccess(manager, viewer, FOLLOW_UP_TYPE, ids, 'write', 'deleted');
    const followUps = await manager.findBy(FollowUp, { id: In(ids) });
    await manager.update(FollowUp, { id: In(ids) }, { deletedAt: null, deletedById: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: FOLLOW_UP_TYPE, entityId: id })));
    const customers = new Set<number>();
    for (const f of followUps) {
      const customerId = await customerOfRecord(manager, f.parentType, f.parentId);
      if (customerId) customers.add(customerId);
    }
    for (const customerId of customers) await refreshCustomerFollowUpTimes(manager, customerId);
    return ids;
  });
}

/**
 * Re-parents every follow-up of one record onto another (lead conversion, customer merge: "the follow-up
 * history moves with them"). Call inside the caller's transaction; audited per follow-up.
 */
export async function moveFollowUps(
  manager: EntityManager, viewer: Viewer, from: { type: string; id: number }, to: { type: string; id: number }, extraPlans: readonly Date[] = [],
): Promise<number> {
  const rows = await manager.find(FollowUp, { select: { id: true }, where: { parentType: from.type, parentId: from.id } });
  if (!rows.length) return 0;
  await manager.update(FollowUp, { parentType: from.type, parentId: from.id }, { parentType: to.type, parentId: to.id });
  // Notifications and comments about these follow-ups now take their visibility from the new parent.
  await moveRecordRoots(manager, FOLLOW_UP_TYPE, rows.map((r) => r.id), to);
  await audit(manager, actorOf(viewer), rows.map((r) => ({ action: 'move', entityType: FOLLOW_UP_TYPE, entityId: r.id, changes: { parent: [`${from.type}:${from.id}`, `${to.type}:${to.id}`] } })));
  for (const ref of [from, to]) {
    const customerId = await customerOfRecord(manager, ref.type, ref.id);
    if (customerId) await refreshCustomerFollowUpTimes(manager, customerId, ref === to ? extraPlans : []);
  }
  return rows.length;
}

// Files are added to (or removed from) a follow-up by whoever may change it.
registerAttachmentOwner(FOLLOW_UP_TYPE, async (manager, viewer, id) => { await editable(manager, viewer, id); });

// A converted lead's follow-ups move to its new customer (SPEC 3.1); the lead's own next contact time stays a plan.
registerLeadConversionHook('followup', async (manager, conversion) => {
  const lead = await manager.findOneBy(Lead, { id: conversion.leadId });
  await moveFollowUps(manager, conversion.viewer, { type: 'lead', id: conversion.leadId }, { type: 'customer', id: conversion.customerId }, lead?.nextContactAt ? [lead.nextContactAt] : []);
});
