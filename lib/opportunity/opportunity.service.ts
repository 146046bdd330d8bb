// Opportunity changes: create, update, category changes, soft delete / restore, and WON from the contracts
// module. Each runs in one transaction, checks scope before writing, and audits in the same transaction.
import { DataSource, EntityManager, In } from 'typeorm';
import { Customer, Opportunity, OpportunityContact, OpportunityLine, OpportunityProgress, OpportunityStage } from '@/entities';
import { CustomerType } from '@/entities/customer.entity';
import { OPEN_CATEGORIES, OpportunityCategory } from '@/entities/opportunity.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { AuditActor, audit, diff } from '@/lib/audit/audit';
import { CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { formatCents, parseCents } from '@/lib/contract/money';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';
import { categoryErrors, followUpDueAt } from './opportunity.rules';
import { cadences } from '@/lib/cadence/cadence.settings';
import { OPPORTUNITY_OWNER_TABLE, OPPORTUNITY_TABLE } from './opportunity.tables';
import { afterValues, applyCustomValues } from '@/lib/custom-field/values';
import { CleanLine, OpportunityFields, cleanContactIds, cleanLines, cleanOpportunityFields } from './opportunity.validation';
import { finalStage } from './stage.service';
import { recordStageChange } from './stage-progress';

export interface CreateOpportunityInput extends OpportunityFields {
  customerId: number;
  category: OpportunityCategory;
  stageId: number;
  expectedCloseDate: string;
  lostReason?: string | null;
}
export interface CategoryChangeInput { category: OpportunityCategory; stageId: number; expectedCloseDate: string; lostReason?: string | null }

export const actorOf = (viewer: Viewer): AuditActor => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });
const isClosed = (category: OpportunityCategory) => !OPEN_CATEGORIES.includes(category);
const stageById = (manager: EntityManager, id: unknown) =>
  (Number.isSafeInteger(Number(id)) && Number(id) > 0 ? manager.findOneBy(OpportunityStage, { id: Number(id) }) : Promise.resolve(null));

/** The partner must be a readable distributor other than the customer (unreadable: NOT_FOUND, as if missing). */
async function checkPartner(manager: EntityManager, viewer: Viewer, partnerId: number | null | undefined, customerId: number, errors: FieldErrors) {
  if (partnerId === undefined || partnerId === null) return;
  if (!Number.isSafeInteger(partnerId) || partnerId <= 0) { errors.add('partnerCustomerId', 'is not a valid id'); return; }
  await requireAccess(manager, viewer, CUSTOMER_TABLE, [partnerId], 'read');
  const partner = await manager.findOneByOrFail(Customer, { id: partnerId });
  if (partner.type !== CustomerType.DISTRIBUTOR) errors.add('partnerCustomerId', 'must be a distributor');
  if (partnerId === customerId) errors.add('partnerCustomerId', 'must differ from the customer');
}

async function replaceLines(manager: EntityManager, opportunityId: number, lines: CleanLine[]) {
  await manager.delete(OpportunityLine, { opportunityId });
  if (lines.length) await manager.insert(OpportunityLine, lines.map((l) => ({ ...l, opportunityId })));
}

async function replaceContacts(manager: EntityManager, opportunityId: number, contactIds: number[]) {
  await manager.delete(OpportunityContact, { opportunityId });
  if (contactIds.length) await manager.insert(OpportunityContact, contactIds.map((contactId) => ({ opportunityId, contactId })));
}

const lineSummary = (l: CleanLine) => `${l.productName}${l.model ? ` ${l.model}` : ''} × ${l.quantity} @ ${l.unitPrice} = ${l.amount}`;

/**
 * Creates an opportunity owned by the viewer. The customer must be a DIRECT customer the viewer can read
 * (unreadable: NOT_FOUND); reading is enough, since the opportunity is the viewer's own record.
 */
export async function createOpportunity(db: DataSource, viewer: Viewer, input: CreateOpportunityInput): Promise<Opportunity> {
  return inTransaction(db, (manager) => createOpportunityIn(manager, viewer, input));
}

/**
 * createOpportunity inside the caller's transaction (lead conversion); `ownerId` defaults to the viewer. `copied`: made
 * from other records (a converted lead), so required custom fields are asked for on its first edit instead.
 */
export async function createOpportunityIn(manager: EntityManager, viewer: Viewer, input: CreateOpportunityInput, ownerId = viewer.userId, copied = false): Promise<Opportunity> {
  const customerId = Number(input.customerId);
  if (!Number.isSafeInteger(customerId) || customerId <= 0) throw badInput('customerId', 'is not a valid id');
  await requireAccess(manager, viewer, CUSTOMER_TABLE, [customerId], 'read');
  const customer = await manager.findOneByOrFail(Customer, { id: customerId });
  const errors = new FieldErrors();
  if (customer.type !== CustomerType.DIRECT) errors.add('customerId', 'must be a direct customer (a distributor can only be the partner)');
  const fields = cleanOpportunityFields(input, true, errors);
  const partnerCustomerId = input.partnerCustomerId === undefined || input.partnerCustomerId === null ? null : Number(input.partnerCustomerId);
  await checkPartner(manager, viewer, partnerCustomerId, customerId, errors);
  const stage = await stageById(manager, input.stageId);
  const finalSort = (await finalStage(manager))?.sort ?? 10;
  categoryErrors({ category: input.category, stage, expectedCloseDate: input.expectedCloseDate, lostReason: input.lostReason }, { finalSort }, errors);
  const { lines, totalCents } = await cleanLines(manager, input.products ?? [], errors);
  const contactIds = await cleanContactIds(manager, viewer, customerId, input.contactIds ?? [], errors);
  if (lines.length && fields.amount !== undefined && parseCents(fields.amount) !== totalCents) errors.add('amount', 'must equal the sum of the product lines');
  errors.throwIfAny();

  const now = new Date();
  const opportunity = await manager.save(manager.create(Opportunity, {
    name: fields.name!, customerId, partnerCustomerId, intentCategory: fields.intentCategory ?? null,
    amount: lines.length ? formatCents(totalCents) : fields.amount ?? '0.00',
    purchaseReason: fields.purchaseReason ?? null, purchaseForm: fields.purchaseForm ?? null, budget: fields.budget ?? null,
    requirements: fields.requirements ?? null, executionTime: fields.executionTime ?? null, competitors: fields.competitors ?? null,
    category: input.category, stageId: stage!.id, expectedCloseDate: input.expectedCloseDate,
    lostReason: input.category === OpportunityCategory.LOST ? input.lostReason!.trim() : null,
    closedAt: isClosed(input.category) ? now : null, ownerId, createdById: viewer.userId,
    lastProgressAt: null, followUpDueAt: followUpDueAt(input.category, now, await cadences(manager)),
  }));
  await replaceLines(manager, opportunity.id, lines);
  await replaceContacts(manager, opportunity.id, contactIds);
  const custom = await applyCustomValues(manager, 'opportunity', opportunity.id, input.customFields, !copied);
  await audit(manager, actorOf(viewer), {
    action: 'create', entityType: 'opportunity', entityId: opportunity.id,
    changes: { ...fields, ...afterValues(custom), customerId, partnerCustomerId, category: input.category, stageId: stage!.id, expectedCloseDate: input.expectedCloseDate, amount: opportunity.amount, lines: lines.map(lineSummary), contactIds },
  });
  return opportunity;
}

/** Changes fields, stage within the current category, expected date, lines and contacts (write scope). */
export async function updateOpportunity(db: DataSource, viewer: Viewer, id: number, input: OpportunityFields): Promise<Opportunity> {
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, OPPORTUNITY_TABLE, [id], 'write');
    const opportunity = await manager.findOneByOrFail(Opportunity, { id });
    const errors = new FieldErrors();
    const fields = cleanOpportunityFields(input, false, errors);
    const patch: Partial<Opportunity> = {};
    for (const key of ['name', 'intentCategory', 'purchaseReason', 'purchaseForm', 'requirements', 'executionTime', 'competitors', 'budget'] as const) {
      if (fields[key] !== undefined) (patch as Record<string, unknown>)[key] = fields[key];
    }
    if (input.partnerCustomerId !== undefined) {
      patch.partnerCustomerId = input.partnerCustomerId === null ? null : Number(input.partnerCustomerId);
      if (patch.partnerCustomerId !== opportunity.partnerCustomerId) await checkPartner(manager, viewer, patch.partnerCustomerId, opportunity.customerId, errors);
    }
    const stageChanges = input.stageId !== undefined && Number(input.stageId) !== opportunity.stageId;
    const dateChanges = input.expectedCloseDate !== undefined && input.expectedCloseDate !== opportunity.expectedCloseDate;
    if (stageChanges || dateChanges) {
      const stage = await stageById(manager, stageChanges ? input.stageId : opportunity.stageId);
      const finalSort = (await finalStage(manager))?.sort ?? 10;
      categoryErrors(
        { category: opportunity.category, stage, expectedCloseDate: dateChanges ? input.expectedCloseDate : opportunity.expectedCloseDate, lostReason: opportunity.lostReason },
        { finalSort, checkStage: stageChanges, checkDate: dateChanges }, errors,
      );
      if (stageChanges && stage) patch.stageId = stage.id;
      if (dateChanges) patch.expectedCloseDate = input.expectedCloseDate;
    }
    let newLines: CleanLine[] | null = null;
    let totalCents = 0n;
    if (input.products !== undefined && input.products !== null) {
      const kept = new Set((await manager.findBy(OpportunityLine, { opportunityId: id })).map((l) => l.productId));
      ({ lines: newLines, totalCents } = await cleanLines(manager, input.products, errors, kept));
    } else {
      const existing = await manager.findBy(OpportunityLine, { opportunityId: id });
      if (existing.length) totalCents = existing.reduce((sum, l) => sum + (parseCents(l.amount) ?? 0n), 0n);
      if (existing.length && fields.amount !== undefined && parseCents(fields.amount) !== totalCents) errors.add('amount', 'must equal the sum of the product lines');
      else if (!existing.length && fields.amount !== undefined) patch.amount = fields.amount;
    }
    if (newLines) {
      if (newLines.length && fields.amount !== undefined && parseCents(fields.amount) !== totalCents) errors.add('amount', 'must equal the sum of the product lines');
      if (newLines.length) patch.amount = formatCents(totalCents);
      else if (fields.amount !== undefined) patch.amount = fields.amount;
    }
    let contactIds: number[] | null = null;
    if (input.contactIds !== undefined && input.contactIds !== null) contactIds = await cleanContactIds(manager, viewer, opportunity.customerId, input.contactIds, errors);
    errors.throwIfAny();

    const changes: Record<string, unknown> = diff(opportunity, patch);
    if (newLines) {
      const before = (await manager.findBy(OpportunityLine, { opportunityId: id })).map((l) => `${l.productName}${l.model ? ` ${l.model}` : ''} × ${l.quantity} @ ${l.unitPrice} = ${l.amount}`);
      const after = newLines.map(lineSummary);
      if (JSON.stringify(before) !== JSON.stringify(after)) changes.lines = [before, after];
      await replaceLines(manager, id, newLines);
    }
    if (contactIds) {
      const before = (await manager.findBy(OpportunityContact, { opportunityId: id })).map((c) => c.contactId).sort((a, b) => a - b);
      const after = [...contactIds].sort((a, b) => a - b);
      if (JSON.stringify(before) !== JSON.stringify(after)) changes.contactIds = [before, after];
      await replaceContacts(manager, id, contactIds);
    }
    Object.assign(changes, await applyCustomValues(manager, 'opportunity', id, input.customFields, false));
    if (!Object.keys(changes).length) return opportunity;
    const fromStageId = opportunity.stageId;
    Object.assign(opportunity, patch, { updatedAt: new Date() }); // also when only custom values changed
    const saved = await manager.save(opportunity);
    if (patch.stageId !== undefined) await recordStageChange(manager, { opportunityId: id, fromStageId, toStageId: patch.stageId, authorId: viewer.userId });
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'opportunity', entityId: id, changes });
    return saved;
  });
}

/**
 * Changes the category together with the stage and expected date (SPEC 3.5: all three move together). LOST needs
 * a reason, which is also written as a progress record. WON by hand needs the final stage; a WON opportunity is
 * not reopened (it was paid, or closed by hand as such).
 */
export async function updateOpportunityCategory(db: DataSource, viewer: Viewer, id: number, input: CategoryChangeInput): Promise<Opportunity> {
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, OPPORTUNITY_TABLE, [id], 'write');
    const opportunity = await manager.findOneByOrFail(Opportunity, { id });
    if (opportunity.category === OpportunityCategory.WON && input.category !== OpportunityCategory.WON) throw badInput('category', 'a won opportunity cannot be reopened');
    const stage = await stageById(manager, input.stageId);
    const finalSort = (await finalStage(manager))?.sort ?? 10;
    const keptStage = stage && stage.id === opportunity.stageId && input.category === opportunity.category;
    categoryErrors({ category: input.category, stage: keptStage ? { ...stage, enabled: true } : stage, expectedCloseDate: input.expectedCloseDate, lostReason: input.lostReason }, { finalSort }).throwIfAny();

    const now = new Date();
    const reason = input.category === OpportunityCategory.LOST ? input.lostReason!.trim() : null;
    const patch: Partial<Opportunity> = {
      category: input.category, stageId: stage!.id, expectedCloseDate: input.expectedCloseDate, lostReason: reason,
      closedAt: isClosed(input.category) ? (input.category === opportunity.category ? opportunity.closedAt : now) : null,
      followUpDueAt: followUpDueAt(input.category, opportunity.lastProgressAt ?? opportunity.createdAt, await cadences(manager)),
    };
    const changes = diff(opportunity, patch);
    if (!Object.keys(changes).length) return opportunity;
    const fromStageId = opportunity.stageId;
    Object.assign(opportunity, patch);
    const saved = await manager.save(opportunity);
    await recordStageChange(manager, { opportunityId: id, fromStageId, toStageId: stage!.id, authorId: viewer.userId });
    if (reason && changes.category) {
      await manager.insert(OpportunityProgress, { opportunityId: id, content: `放弃/丢单原因：${reason}`.slice(0, 2000), nextPlan: null, countsAsContact: false, stageId: stage!.id, authorId: viewer.userId });
    }
    await audit(manager, actorOf(viewer), { action: 'category', entityType: 'opportunity', entityId: id, changes });
    return saved;
  });
}

export async function deleteOpportunities(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, OPPORTUNITY_OWNER_TABLE, ids, 'write');
    await manager.update(Opportunity, { id: In(ids) }, { deletedAt: new Date(), deletedById: viewer.userId });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'delete', entityType: 'opportunity', entityId: id })));
    return ids;
  });
}

export async function restoreOpportunities(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<Opportunity[]> {
  const ids = requireIds(rawIds);
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, OPPORTUNITY_OWNER_TABLE, ids, 'write', 'deleted');
    const opportunities = await manager.findBy(Opportunity, { id: In(ids) });
    const customers = await manager.findBy(Customer, { id: In([...new Set(opportunities.map((o) => o.customerId))]) });
    if (customers.some((c) => c.deletedAt)) throw badInput('ids', 'restore the customer first');
    await manager.update(Opportunity, { id: In(ids) }, { deletedAt: null, deletedById: null, deletedWithCustomerId: null });
    await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: 'opportunity', entityId: id })));
    return manager.findBy(Opportunity, { id: In(ids) });
  });
}

/**
 * For the contracts / receivables module: a fully paid contract marks its opportunity WON (final stage, closed
 * now, no more reminders). Runs inside the caller's transaction; idempotent (a second call changes nothing and
 * returns false). Deleted opportunities are left alone.
 */
export async function markOpportunityWon(manager: EntityManager, id: number, actor: AuditActor = { userId: null, ip: null, requestId: null }): Promise<boolean> {
  const opportunity = await manager.findOneBy(Opportunity, { id });
  if (!opportunity || opportunity.deletedAt || opportunity.category === OpportunityCategory.WON) return false;
  const stage = await finalStage(manager);
  if (!stage) return false;
  const now = new Date();
  const result = await manager.createQueryBuilder().update(Opportunity)
    .set({ category: OpportunityCategory.WON, stageId: stage.id, closedAt: now, lostReason: null, followUpDueAt: null })
    .where('id = :id AND category <> :won', { id, won: OpportunityCategory.WON }).execute();
  if (!result.affected) return false;
  await recordStageChange(manager, { opportunityId: id, fromStageId: opportunity.stageId, toStageId: stage.id, authorId: actor.userId ?? opportunity.ownerId, note: '合同已回款' });
  await audit(manager, actor, { action: 'won', entityType: 'opportunity', entityId: id, changes: { category: [opportunity.category, OpportunityCategory.WON], stageId: [opportunity.stageId, stage.id] } });
  await notify(manager, {
    recipients: [opportunity.ownerId], kind: 'opportunity.won', title: `商机「${opportunity.name}」已成交`,
    entityType: 'opportunity', entityId: id, actorId: actor.userId, dedupeKey: `opportunity-won:${id}`,
  });
  return true;
}

