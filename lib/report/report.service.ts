// Work report changes. The author writes one report per kind and period (the subject is generated, never typed),
// sends it to their leader by default and to chosen colleagues; recipients are told, and their first opening is
// recorded as a read receipt. Only the author changes (content, more recipients, attachments) or deletes it.
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import { Report, ReportRecipient } from '@/entities';
import { Notification } from '@/entities/notification.entity';
import { ReportKind } from '@/entities/report.entity';
import { Viewer, requireAccess, requireIds } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { linkAttachments, registerAttachmentOwner } from '@/lib/attachment/attachment.service';
import { todayIn } from '@/lib/contract/dates';
import { isUniqueViolation } from '@/lib/db/errors';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput, conflict, forbidden } from '@/lib/errors';
import { notify } from '@/lib/notification/notification.service';
import { actorOf, activeUsers, cleanText } from '@/lib/schedule/activity-common';
import { leaderOf } from './report-leader';
import { periodKey, reportPeriod, reportSubject } from './report-period';
import { REPORT_TABLE, REPORT_TYPE } from './report.tables';

export const REPORT_CONTENT_MAX = 20000;
const MAX_RECIPIENTS = 50;

export interface CreateReportInput {
  kind: ReportKind;
  /** Any day of the period (YYYY-MM-DD); today in the company's time zone by default. */
  date?: string | null;
  content: string;
  /** Colleagues to send it to besides the leader. */
  recipientIds?: (string | number)[] | null;
  /** Send it to the default leader too (default true). */
  includeLeader?: boolean | null;
  attachmentIds?: (string | number)[] | null;
}

export interface UpdateReportInput {
  content?: string | null;
  /** More recipients; those already there stay (their read receipts too). */
  addRecipientIds?: (string | number)[] | null;
  attachmentIds?: (string | number)[] | null;
}

const recipientIdsOf = async (manager: EntityManager, reportId: number) =>
  (await manager.find(ReportRecipient, { where: { reportId }, order: { id: 'ASC' } })).map((r) => r.userId);

/** Adds recipients (skipping the author and those already there) and tells them; returns the added ids. */
async function addRecipients(manager: EntityManager, viewer: Viewer, report: Report, userIds: number[]): Promise<number[]> {
  const present = new Set(await recipientIdsOf(manager, report.id));
  const added = [...new Set(userIds)].filter((id) => id !== report.authorId && !present.has(id));
  if (!added.length) return [];
  await manager.insert(ReportRecipient, added.map((userId) => ({ reportId: report.id, userId, readAt: null })));
  await notify(manager, {
    recipients: added, kind: 'report.received', title: report.subject, body: `${viewer.name} 提交了工作报告`,
    entityType: REPORT_TYPE, entityId: report.id, actorId: viewer.userId,
  });
  return added;
}

/** A live report the viewer can read (else NOT_FOUND) and wrote (else FORBIDDEN). */
async function ownReport(manager: EntityManager, viewer: Viewer, id: number): Promise<Report> {
  await requireAccess(manager, viewer, REPORT_TABLE, [id], 'read');
  const report = await manager.findOneByOrFail(Report, { id, deletedAt: IsNull() });
  if (report.authorId !== viewer.userId) throw forbidden('Only the author may change a report');
  return report;
}

export async function createReport(db: DataSource, viewer: Viewer, input: CreateReportInput): Promise<Report> {
  const errors = new FieldErrors();
  const content = cleanText(errors, 'content', input.content, REPORT_CONTENT_MAX, true);
  errors.throwIfAny();
  const period = reportPeriod(input.kind, input.date || todayIn());
  const key = periodKey(period);
  try {
    return await inTransaction(db, async (manager) => {
      const existing = await manager.findOneBy(Report, { authorId: viewer.userId, periodKey: key });
      if (existing) throw conflict('You have already written this report; change it instead', { field: 'date', existingReportId: String(existing.id) });
      const chosen = await activeUsers(manager, input.recipientIds ?? [], 'recipientIds', MAX_RECIPIENTS);
      const leader = input.includeLeader === false ? null : await leaderOf(manager, viewer.userId);
      const recipients = [...new Set([...(leader ? [leader.id] : []), ...chosen])].filter((id) => id !== viewer.userId);
      if (!recipients.length) throw badInput('recipientIds', 'choose at least one recipient');
      const saved = await manager.save(manager.create(Report, {
        kind: period.kind, periodStart: period.start, periodEnd: period.end, periodKey: key, subject: reportSubject(period, viewer.name),
        content: content!, authorId: viewer.userId, deletedAt: null, deletedById: null,
      }));
      const linked = await linkAttachments(manager, viewer, input.attachmentIds, { entityType: REPORT_TYPE, entityId: saved.id });
      await audit(manager, actorOf(viewer), {
        action: 'create', entityType: REPORT_TYPE, entityId: saved.id,
        changes: { kind: saved.kind, periodStart: saved.periodStart, subject: saved.subject, content: saved.content, recipients, attachmentIds: linked },
      });
      await addRecipients(manager, viewer, saved, recipients);
      return saved;
    });
  } catch (error) {
    // Two saves of the same report at once: the unique (author, period) index keeps one.
    if (isUniqueViolation(error)) throw conflict('You have already written this report; change it instead', { field: 'date' });
    throw error;
  }
}

export async function updateReport(db: DataSource, viewer: Viewer, id: number, input: UpdateReportInput): Promise<Report> {
  const errors = new FieldErrors();
  const content = input.content === undefined || input.content === null ? undefined : cleanText(errors, 'content', input.content, REPORT_CONTENT_MAX, true);
  errors.throwIfAny();
  return inTransaction(db, async (manager) => {
    const report = await ownReport(manager, viewer, id);
    const changes: Record<string, unknown> = {};
    if (content && content !== report.content) {
      changes.content = [report.content, content];
      report.content = content;
      await manager.save(report);
    }
    const wanted = await activeUsers(manager, input.addRecipientIds ?? [], 'addRecipientIds', MAX_RECIPIENTS);
    const added = await addRecipients(manager, viewer, report, wanted);
    if (added.length) changes.addedRecipients = added;
    const linked = await linkAttachments(manager, viewer, input.attachmentIds, { entityType: REPORT_TYPE, entityId: id });
    if (linked.length) changes.attachmentIds = linked;
    if (Object.keys(changes).length) await audit(manager, actorOf(viewer), { action: 'update', entityType: REPORT_TYPE, entityId: id, changes });
    return report;
  });
}

/** Moves the report to the recycle bin; the author may then write that period's report again. */
export async function deleteReport(db: DataSource, viewer: Viewer, id: number): Promise<number> {
  return inTransaction(db, async (manager) => {
    await ownReport(manager, viewer, id);
    await manager.update(Report, { id }, { deletedAt: new Date(), deletedById: viewer.userId, periodKey: null });
    await audit(manager, actorOf(viewer), { action: 'delete', entityType: REPORT_TYPE, entityId: id });
    return id;
  });
}

/**
 * Brings the author's deleted reports back. A report holds its period again, so one written anew for the same
 * period since refuses the restore (CONFLICT), as writing a second one would.
 */
export async function restoreReports(db: DataSource, viewer: Viewer, rawIds: readonly (string | number)[]): Promise<number[]> {
  const ids = requireIds(rawIds);
  try {
    return await inTransaction(db, async (manager) => {
      await requireAccess(manager, viewer, REPORT_TABLE, ids, 'read', 'deleted');
      const reports = await manager.findBy(Report, { id: In(ids), deletedAt: Not(IsNull()) });
      if (reports.some((r) => r.authorId !== viewer.userId)) throw forbidden('Only the author may restore a report');
      for (const report of reports) {
        const key = `${report.kind}:${report.periodStart}`;
        if (await manager.existsBy(Report, { authorId: report.authorId, periodKey: key })) throw conflict(`A report for this period exists: ${report.subject}`, { ids: [String(report.id)] });
        await manager.update(Report, { id: report.id }, { deletedAt: null, deletedById: null, periodKey: key });
      }
      await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'restore', entityType: REPORT_TYPE, entityId: id })));
      return ids;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('A report for this period exists', { ids: ids.map(String) });
    throw error;
  }
}

/** The viewer opens a report: their read receipt (if they are a recipient) and its notifications become read. */
export async function markReportRead(db: DataSource, viewer: Viewer, id: number, now = new Date()): Promise<Report> {
  return inTransaction(db, async (manager) => {
    await requireAccess(manager, viewer, REPORT_TABLE, [id], 'read');
    await manager.update(ReportRecipient, { reportId: id, userId: viewer.userId, readAt: IsNull() }, { readAt: now });
    await manager.update(Notification, { userId: viewer.userId, kind: 'report.received', entityType: REPORT_TYPE, entityId: id, readAt: IsNull() }, { readAt: now });
    return manager.findOneByOrFail(Report, { id });
  });
}

/** Recipients of reports the caller already holds (so visible), by report id. */
export async function recipientsOfReports(manager: EntityManager, reportIds: readonly number[]): Promise<Map<number, ReportRecipient[]>> {
  const map = new Map<number, ReportRecipient[]>();
  if (!reportIds.length) return map;
  const rows = await manager.find(ReportRecipient, { where: { reportId: In([...reportIds]) }, order: { id: 'ASC' } });
  for (const row of rows) map.set(row.reportId, [...(map.get(row.reportId) ?? []), row]);
  return map;
}

// Files go on a report while writing it (unlinked uploads, then attachmentIds) or later, by its author only.
registerAttachmentOwner(REPORT_TYPE, async (manager, viewer, id) => { await ownReport(manager, viewer, id); });
