// The lead export's columns: Chinese headers, display values, times in the company's time zone. The file itself
// is written by lib/export (CSV with BOM or streamed .xlsx).
import { LeadStatus } from '@/entities/lead.entity';
import type { ExportColumn } from '@/lib/export/writers';

export type { ExportFormat } from '@/lib/export/writers';
export { MIME_TYPES, csvCell } from '@/lib/export/writers';

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

const timeFormat = () => new Intl.DateTimeFormat('en-CA', {
  timeZone: process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});
let format: { zone: string | undefined; fmt: Intl.DateTimeFormat } | null = null;

/** `YYYY-MM-DD HH:mm` in the company's time zone (Asia/Shanghai unless CRM_TIME_ZONE says otherwise). */
export function formatTime(value: Date | null): string {
  if (!value) return '';
  // One formatter per time zone: building one per cell costs more than the rest of a 100k-row export.
  if (!format || format.zone !== process.env.CRM_TIME_ZONE) format = { zone: process.env.CRM_TIME_ZONE, fmt: timeFormat() };
  const parts = format.fmt.formatToParts(value).reduce<Record<string, string>>((acc, p) => { acc[p.type] = p.value; return acc; }, {});
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export const EXPORT_COLUMNS: ExportColumn<LeadExportRow>[] = [
  { header: '线索编号', width: 10, value: (r) => String(r.id) },
  { header: '姓名', width: 12, value: (r) => r.name },
  { field: 'company', header: '公司', width: 30, value: (r) => r.company ?? '' },
  { field: 'mobile', header: '手机', width: 14, value: (r) => r.mobile ?? '' },
  { field: 'phone', header: '电话', width: 16, value: (r) => r.phone ?? '' },
  { field: 'email', header: '邮箱', width: 24, value: (r) => r.email ?? '' },
  { field: 'source', header: '来源', width: 12, value: (r) => r.source ?? '' },
  { field: 'address', header: '地址', width: 30, value: (r) => r.address ?? '' },
  { header: '状态', width: 8, value: (r) => STATUS_LABELS[r.status] ?? r.status },
  { header: '负责人', width: 10, value: (r) => r.owner ?? '' },
  { header: '下次联系时间', width: 17, value: (r) => formatTime(r.nextContactAt) },
  { header: '转化客户', width: 30, value: (r) => r.customer ?? '' },
  { header: '转化时间', width: 17, value: (r) => formatTime(r.convertedAt) },
  { header: '创建人', width: 10, value: (r) => r.createdBy ?? '' },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.createdAt) },
  { header: '更新时间', width: 17, value: (r) => formatTime(r.updatedAt) },
  { field: 'remarks', header: '备注', width: 40, value: (r) => r.remarks ?? '' },
];
