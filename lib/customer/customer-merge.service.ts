// 合并客户 (seed 002 §3.1.4): duplicates are merged into the earliest created of them, field by field as the user
// chose; everything hanging under the others moves to the kept customer, and the others go to the recycle bin with
// merged_into_id set (查重 then leads their old codes to the kept one). One transaction, audited.
import { DataSource, EntityManager, In } from 'typeorm';
import {
  Attachment, Comment, Contact, Contract, Customer, CustomerPoolHistory, CustomerTeamMember, FollowUp, Lead, Opportunity, ScheduleEntry, Task,
} from '@/entities';
import { DealStatus } from '@/entities/customer.entity';
import { Viewer, requireAccess } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput } from '@/lib/errors';
import { assertFieldsWritable } from '@/lib/fields/field-rules';
import { normalizeName } from '@/lib/text';
import { CUSTOMER_OWNER_TABLE } from './customer.tables';
import { CustomerFields } from './customer.validation';
import { actorOf, assertNameFree } from './customer.service';

/** The fields whose winning value the user picks; owner, code and status are the kept customer's. */
export const MERGE_FIELDS = [
  'name', 'type', 'level', 'industry', 'source', 'region', 'address', 'postcode', 'profile',
  'contactName', 'contactPosition', 'mobile', 'phone', 'email', 'website', 'remarks',
] as const satisfies readonly (keyof CustomerFields)[];
export type MergeField = (typeof MERGE_FIELDS)[number];

export const MAX_MERGE = 10;

export interface MergeCustomersInput {
  ids: readonly (string | number)[];
  /** Per field, the customer whose value wins; a field not named keeps the kept customer's value. */
  choices?: readonly { field: string; customerId: string | number }[] | null;
}

export interface MergeResult { kept: Customer; mergedIds: number[] }

/** Ids as given: at least two, distinct, valid (BAD_USER_INPUT before anything is read). */
function cleanIds(raw: readonly (string | number)[]): number[] {
  const ids = (raw ?? []).map((v) => Number(v));
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) throw badInput('ids', 'contains an invalid id');
  if (ids.length < 2) throw badInput('ids', 'at least two customers are needed to merge');
  if (ids.length > MAX_MERGE) throw badInput('ids', `at most ${MAX_MERGE} customers at a time`);
  if (new Set(ids).size !== ids.length) throw badInput('ids', 'names the same customer twice');
  return ids;
}

function cleanChoices(raw: MergeCustomersInput['choices'], ids: number[]): Map<MergeField, number> {
  const errors = new FieldErrors();
  const out = new Map<MergeField, number>();
  for (const [i, choice] of (raw ?? []).entries()) {
    const field = choice.field as MergeField;
    const customerId = Number(choice.customerId);
    if (!MERGE_FIELDS.includes(field)) errors.add(`choices.${i}.field`, `is not a field that can be merged (${MERGE_FIELDS.join(', ')})`);
    else if (out.has(field)) errors.add(`choices.${i}.field`, 'is chosen twice');
    if (!ids.includes(customerId)) errors.add(`choices.${i}.customerId`, 'must be one of the merged customers');
    if (MERGE_FIELDS.includes(field) && ids.includes(customerId)) out.set(field, customerId);
  }
  errors.throwIfAny();
  return out;
}

/** Moves what hangs under the merged customers to the kept one; returns counts for the audit entry. */
async function moveChildren(manager: EntityManager, keptId: number, keptOwnerId: number | null, from: number[]) {
  const moved: Record<string, number> = {};
  const count = (n: { affected?: number | null }) => n.affected ?? 0;
  moved.contacts = count(await manager.update(Contact, { customerId: In(from) }, { customerId: keptId }));
  moved.opportunities = count(await manager.update(Opportunity, { customerId: In(from) }, { customerId: keptId }));
  // Receivables and payment plans hang under their contracts and follow them.
  moved.contracts = count(await manager.update(Contract, { customerId: In(from) }, { customerId: keptId }));
  moved.followUps = count(await manager.update(FollowUp, { parentType: 'customer', parentId: In(from) }, { parentId: keptId }));
  moved.attachments = count(await manager.update(Attachment, { entityType: 'customer', entityId: In(from) }, { entityId: keptId }));
  moved.poolHistory = count(await manager.update(CustomerPoolHistory, { customerId: In(from) }, { customerId: keptId }));
  moved.comments = count(await manager.update(Comment, { targetType: 'customer', targetId: In(from) }, { targetId: keptId }));
  moved.schedule = count(await manager.update(ScheduleEntry, { relatedType: 'customer', relatedId: In(from) }, { relatedId: keptId }));
  moved.tasks = count(await manager.update(Task, { relatedType: 'customer', relatedId: In(from) }, { relatedId: keptId }));
  moved.leads = count(await manager.update(Lead, { convertedCustomerId: In(from) }, { convertedCustomerId: keptId }));
  // Team seats: each colleague once (an edit seat wins over a read seat); the kept owner needs none.
  const seats = await manager.findBy(CustomerTeamMember, { customerId: In([keptId, ...from]) });
  const best = new Map<number, boolean>();
  for (const s of seats) if (s.userId !== keptOwnerId) best.set(s.userId, (best.get(s.userId) ?? false) || s.canEdit);
  const keptSeats = new Map(seats.filter((s) => s.customerId === keptId).map((s) => [s.userId, s.canEdit]));
  await manager.delete(CustomerTeamMember, { customerId: In(from) });
  for (const [userId, canEdit] of best) {
    if (!keptSeats.has(userId)) await manager.insert(CustomerTeamMember, { customerId: keptId, userId, canEdit });
    else if (keptSeats.get(userId) !== canEdit) await manager.update(CustomerTeamMember, { customerId: keptId, userId }, { canEdit });
  }
  moved.teamMembers = [...best.keys()].filter((id) => !keptSeats.has(id)).length;
  return moved;
}

/**
 * Merges customers in the viewer's (owner-side) write scope into the earliest created one. Unreadable ids answer
 * NOT_FOUND like missing ones; readable but not changeable FORBIDDEN; bad ids or choices BAD_USER_INPUT.
 */
export async function mergeCustomers(db: DataSource, viewer: Viewer, input: MergeCustomersInput): Promise<MergeResult> {
  const ids = cleanIds(input.ids);
  const choices = cleanChoices(input.choices, ids);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write');
    const customers = (await manager.findBy(Customer, { id: In(ids) }))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id - b.id);
    const [kept, ...others] = customers;
    const byId = new Map(customers.map((c) => [c.id, c]));
    const patch: Partial<Record<MergeField, unknown>> = {};
    for (const field of MERGE_FIELDS) {
      const from = choices.get(field);
      // Unchosen: the kept value, or the first value among the others when the kept one is empty.
      const value = from !== undefined ? byId.get(from)![field]
        : kept[field] ?? others.map((c) => c[field]).find((v) => v !== null && v !== undefined) ?? null;
      if (value !== kept[field]) patch[field] = value;
    }
    assertFieldsWritable(viewer, 'customer', patch, 'input.choices');
    const otherIds = others.map((c) => c.id);
    const now = new Date();
    // The others leave first: their name keys are freed for the kept customer's (possibly chosen) name.
    await manager.update(Customer, { id: In(otherIds) }, { deletedAt: now, deletedById: viewer.userId, nameKey: null, mergedIntoId: kept.id });
    // Customers merged into one of these earlier now lead to the kept one too.
    await manager.update(Customer, { mergedIntoId: In(otherIds) }, { mergedIntoId: kept.id });
    const moved = await moveChildren(manager, kept.id, kept.ownerId, otherIds);
    const dealStatus = customers.some((c) => c.dealStatus === DealStatus.DEAL) ? DealStatus.DEAL : kept.dealStatus;
    const lastFollowUpAt = customers.map((c) => c.lastFollowUpAt).filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
    if (typeof patch.name === 'string') await assertNameFree(manager, patch.name, kept.id);
    await manager.update(Customer, { id: kept.id }, {
      ...(patch as Partial<Customer>), ...(typeof patch.name === 'string' ? { nameKey: normalizeName(patch.name) } : {}), dealStatus, lastFollowUpAt,
    });
    const changes = Object.fromEntries(Object.entries(patch).map(([k, v]) => [k, [kept[k as MergeField] ?? null, v ?? null]]));
    await audit(manager, actorOf(viewer), [
      { action: 'merge', entityType: 'customer', entityId: kept.id, changes: { merged: others.map((c) => ({ id: c.id, code: c.code, name: c.name, ownerId: c.ownerId })), fields: changes, moved } },
      ...others.map((c) => ({ action: 'merged', entityType: 'customer', entityId: c.id, changes: { mergedIntoId: kept.id, keptCode: kept.code } })),
    ]);
    return { kept: await manager.findOneByOrFail(Customer, { id: kept.id }), mergedIds: otherIds };
  });
}
