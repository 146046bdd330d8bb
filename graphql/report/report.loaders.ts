// Per-request DataLoaders of the work report module, spread into graphql/loaders.ts; each applies the viewer's scope.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Attachment, Report, ReportRecipient } from '@/entities';
import { Viewer } from '@/lib/access';
import { attachmentsOf } from '@/lib/attachment/attachment.service';
import { REPORT_TYPE, findReportsByIds, recipientsOfReports } from '@/lib/report';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export function reportLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  return {
    report: new DataLoader<number, Report | null>(async (ids) => (viewer ? byId(ids, await findReportsByIds(m, viewer, ids)) : ids.map(() => null))),
    /** Recipients with read receipts of reports the caller already holds (so visible). */
    reportRecipients: new DataLoader<number, ReportRecipient[]>(async (ids) => {
      const map = await recipientsOfReports(m, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    attachmentsOfReport: new DataLoader<number, Attachment[]>(async (ids) => {
      const map = await attachmentsOf(m, REPORT_TYPE, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
  };
}
