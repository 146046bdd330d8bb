// Export files for leads: Chinese column headers, times in the company's time zone, CSV with a UTF-8 BOM (so
// Excel shows Chinese) or .xlsx through exceljs.
import { Workbook } from 'exceljs';
import { LeadStatus } from '@/entities/lead.entity';

export type ExportFormat = 'CSV' | 'XLSX';

export const STATUS_LABELS: Record<LeadStatus, string> = {
  NEW: '新线索', CONTACTED: '已联系', QUALIFIED: '已确认', CONVERTED: '已转化', INVALID: '无效',
};

/** One exported lead, already flattened to display values. */
export interface LeadExportRow {
  id: number;
  name: string;
  company: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  source: string | null;
  address: string | null;
  status: LeadStatus;
  owner: string | null;
  nextContactAt: Date | null;
  customer: string | null;
  convertedAt: Date | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  remarks: string | null;
}

/** `YYYY-MM-DD HH:mm` in the company's time zone (Asia/Shanghai unless CRM_TIME_ZONE says otherwise). */
export function formatTime(value: Date | null): string {
  if (!value) return '';
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(value).reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const EXPORT_COLUMNS: { header: string; width: number; value: (row: LeadExportRow) => string }[] = [
  { header: '线索编号', width: 10, value: (r) => String(r.id) },
  { header: '姓名', width: 12, value: (r) => r.name },
  { header: '公司', width: 30, value: (r) => r.company ?? '' },
  { header: '手机', width: 14, value: (r) => r.mobile ?? '' },
  { header: '电话', width: 16, value: (r) => r.phone ?? '' },
  { header: '邮箱', width: 24, value: (r) => r.email ?? '' },
  { header: '来源', width: 12, value: (r) => r.source ?? '' },
  { header: '地址', width: 30, value: (r) => r.address ?? '' },
  { header: '状态', width: 8, value: (r) => STATUS_LABELS[r.status] ?? r.status },
  { header: '负责人', width: 10, value: (r) => r.owner ?? '' },
  { header: '下次联系时间', width: 17, value: (r) => formatTime(r.nextContactAt) },
  { header: '转化客户', width: 30, value: (r) => r.customer ?? '' },
  { header: '转化时间', width: 17, value: (r) => formatTime(r.convertedAt) },
  { header: '创建人', width: 10, value: (r) => r.createdBy ?? '' },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.createdAt) },
  { header: '更新时间', width: 17, value: (r) => formatTime(r.updatedAt) },
  { header: '备注', width: 40, value: (r) => r.remarks ?? '' },
];

/** A CSV cell: quoted when needed; text a spreadsheet would run as a formula gets a leading apostrophe. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: LeadExportRow[]): Buffer {
  const lines = [EXPORT_COLUMNS.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => csvCell(c.value(row))).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function toXlsx(rows: LeadExportRow[]): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.creator = 'CRM';
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('线索', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // Every value is written as text, so user input is never evaluated as a formula.
  for (const row of rows) sheet.addRow(EXPORT_COLUMNS.map((c) => c.value(row)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const MIME_TYPES: Record<ExportFormat, string> = {
  CSV: 'text/csv; charset=utf-8',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
