// Work report lists and lookups, scoped by lib/access in SQL ('report' scope by author, plus recipients' grants):
// everyone's reports the viewer may read with filters (a leader's review), the reports the viewer received with
// their unread marks, and the draft of a new report (subject, period, default recipient, content template, sections).
import { Brackets, DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Department, Report, ReportRecipient, User } from '@/entities';
import { ReportKind } from '@/entities/report.entity';
import { Viewer, applyScope, resolveScope } from '@/lib/access';
import { todayIn } from '@/lib/contract/dates';
import { PageArgs, paginate } from '@/lib/pagination';
import { companyDate } from '@/lib/schedule/company-day';
import { ESCAPE, likePattern } from '@/lib/text';
import { leaderOf } from './report-leader';
import { periodKey, reportPeriod, reportSubject, reportTemplate } from './report-period';
import { ReportTemplateSection, reportSections } from './report-template';
import { REPORT_TABLE } from './report.tables';

export interface ReportFilter {
  authorId?: number | null;
  /** The author's department, including its sub-departments. */
  departmentId?: number | null;
  kind?: ReportKind | null;
  /** Reports whose period overlaps [from, to] (company calendar days). */
  from?: Date | null;
  to?: Date | null;
  keyword?: string | null;
}

/** Reports the viewer may read, live or in the recycle bin, as a query on alias `r`. */
export async function readableReports(manager: EntityManager, viewer: Viewer, deleted = false): Promise<SelectQueryBuilder<Report>> {
  const qb = manager.createQueryBuilder(Report, 'r').where(deleted ? 'r.deletedAt IS NOT NULL' : 'r.deletedAt IS NULL');
  return applyScope(qb, await resolveScope(manager, viewer, 'report', 'read'), REPORT_TABLE.columns);
}

async function departmentUserIds(manager: EntityManager, departmentId: number): Promise<number[]> {
  const dept = await manager.findOneBy(Department, { id: departmentId });
  if (!dept) return [];
  const rows = await manager.createQueryBuilder(User, 'u').select('u.id', 'id')
    .innerJoin(Department, 'd', 'd.id = u.departmentId').where('d.path LIKE :path', { path: `${dept.path}%` }).getRawMany<{ id: number }>();
  return rows.map((r) => Number(r.id));
}

function filtered(manager: EntityManager, qb: SelectQueryBuilder<Report>, f: ReportFilter, deptUsers: number[] | null) {
  if (f.authorId) qb.andWhere('r.authorId = :fAuthor', { fAuthor: f.authorId });
  if (deptUsers) {
    if (deptUsers.length) qb.andWhere('r.authorId IN (:...fDeptUsers)', { fDeptUsers: deptUsers });
    else qb.andWhere('1 = 0');
  }
  if (f.kind) qb.andWhere('r.kind = :fKind', { fKind: f.kind });
  if (f.from) qb.andWhere('r.periodEnd >= :fFrom', { fFrom: companyDate(f.from) });
  if (f.to) qb.andWhere('r.periodStart <= :fTo', { fTo: companyDate(f.to) });
  const kw = f.keyword?.trim();
  if (kw) qb.andWhere(new Brackets((w) => { w.where(`r.subject LIKE :fKw${ESCAPE}`).orWhere(`r.content LIKE :fKw${ESCAPE}`); }), { fKw: likePattern(kw) });
  return qb.orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC');
}

export async function listReports(db: DataSource, viewer: Viewer, f: ReportFilter = {}, page: PageArgs = {}) {
  const manager = db.manager;
  const deptUsers = f.departmentId ? await departmentUserIds(manager, f.departmentId) : null;
  return paginate(filtered(manager, await readableReports(manager, viewer), f, deptUsers), page);
}

/** Reports sent to the viewer (newest first), optionally only those they have not opened yet. */
export async function receivedReports(db: DataSource, viewer: Viewer, options: { unreadOnly?: boolean | null; kind?: ReportKind | null } = {}, page: PageArgs = {}) {
  const manager = db.manager;
  const mine = manager.createQueryBuilder(ReportRecipient, 'rr').select('1').where('rr.reportId = r.id AND rr.userId = :me');
  if (options.unreadOnly) mine.andWhere('rr.readAt IS NULL');
  const qb = (await readableReports(manager, viewer)).andWhere(`EXISTS (${mine.getQuery()})`, { me: viewer.userId });
  return paginate(filtered(manager, qb, { kind: options.kind }, null), page);
}

export async function findReportsByIds(manager: EntityManager, viewer: Viewer, ids: readonly number[]): Promise<Report[]> {
  if (!ids.length) return [];
  return (await readableReports(manager, viewer)).andWhere('r.id IN (:...reportIds)', { reportIds: [...ids] }).getMany();
}

export async function findReport(manager: EntityManager, viewer: Viewer, id: number): Promise<Report | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  return (await findReportsByIds(manager, viewer, [id]))[0] ?? null;
}

export interface ReportDraft {
  kind: ReportKind; periodStart: string; periodEnd: string; subject: string; content: string;
  leader: User | null;
  /** The viewer's live report of this period, when they already wrote it. */
  existingReportId: number | null;
  /** The kind's sections (今日总结 / 明日计划 / 需协调 …); the period's numbers come from reportFigures. */
  sections: ReportTemplateSection[];
}

/** What a new report of this kind for the period containing `date` would be: subject, leader, template. */
export async function reportDraft(db: DataSource, viewer: Viewer, kind: ReportKind, date?: string | null): Promise<ReportDraft> {
  const period = reportPeriod(kind, date || todayIn());
  const leader = await leaderOf(db.manager, viewer.userId);
  const existing = await db.manager.findOneBy(Report, { authorId: viewer.userId, periodKey: periodKey(period) });
  return {
    kind, periodStart: period.start, periodEnd: period.end, subject: reportSubject(period, viewer.name),
    content: reportTemplate(period, viewer.name, leader?.name ?? null), leader, existingReportId: existing?.id ?? null, sections: reportSections(kind),
  };
}
