// How work reports meet the scope module: the 'report' scope by author (leaders whose scope covers the author
// read them), plus the recipients (lib/access/activity-grants.ts grants them by id through the `record` column).
// Registered as a record type, so comments (批示), notifications and attachments check it generically.
import { Report } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const REPORT_TYPE = 'report';

export const REPORT_TABLE: ScopedTable<Report> = {
  entity: Report, alias: 'r', module: 'report', label: 'Report',
  columns: { owner: 'r.authorId', record: 'r.id' }, deletedColumn: 'r.deletedAt',
};

registerRecordType(REPORT_TYPE, REPORT_TABLE);
