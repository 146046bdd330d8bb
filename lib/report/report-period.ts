// The period a work report covers and its subject in the seed's format (CRM系统使用规范 1.1):
//   DAILY     2026年11月23日工作日报—张三
//   WEEKLY    2026年第47周工作周报—张三          (ISO 8601 weeks, Monday to Sunday, numbered in their ISO year)
//   MONTHLY   2026年11月工作月报—张三
//   HALF_YEAR 2026年上半年工作总结—张三 / 2026年下半年工作总结—张三
//   ANNUAL    2026年年终总结—张三
import { ReportKind } from '@/entities/report.entity';
import { isCalendarDate } from '@/lib/contract/dates';
import { badInput } from '@/lib/errors';

export interface ReportPeriod { kind: ReportKind; start: string; end: string; /** The subject without the author. */ title: string }

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** ISO week-numbering year and week of a calendar date, with the week's Monday. */
export function isoWeek(date: string): { year: number; week: number; monday: string } {
  const [y, m, d] = date.split('-').map(Number);
  const ms = utc(y, m, d);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = ms - weekday * DAY;
  const thursday = monday + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = 1 + Math.floor((thursday - utc(year, 1, 1)) / (7 * DAY));
  return { year, week, monday: iso(monday) };
}

/** The period of `kind` that contains `date` (YYYY-MM-DD); BAD_USER_INPUT on `date` when it is not a date. */
export function reportPeriod(kind: ReportKind, date: string): ReportPeriod {
  if (!isCalendarDate(date)) throw badInput('date', 'must be a date (YYYY-MM-DD)');
  if (!Object.values(ReportKind).includes(kind)) throw badInput('kind', 'is invalid');
  const [y, m, d] = date.split('-').map(Number);
  switch (kind) {
    case ReportKind.DAILY:
      return { kind, start: date, end: date, title: `${y}年${m}月${d}日工作日报` };
    case ReportKind.WEEKLY: {
      const { year, week, monday } = isoWeek(date);
      const [my, mm, md] = monday.split('-').map(Number);
      return { kind, start: monday, end: iso(utc(my, mm, md) + 6 * DAY), title: `${year}年第${week}周工作周报` };
    }
    case ReportKind.MONTHLY:
      return { kind, start: iso(utc(y, m, 1)), end: iso(utc(y, m + 1, 1) - DAY), title: `${y}年${m}月工作月报` };
    case ReportKind.HALF_YEAR:
      return m <= 6
        ? { kind, start: iso(utc(y, 1, 1)), end: iso(utc(y, 6, 30)), title: `${y}年上半年工作总结` }
        : { kind, start: iso(utc(y, 7, 1)), end: iso(utc(y, 12, 31)), title: `${y}年下半年工作总结` };
    case ReportKind.ANNUAL:
      return { kind, start: iso(utc(y, 1, 1)), end: iso(utc(y, 12, 31)), title: `${y}年年终总结` };
  }
}

/** The full subject: the period's title, an em dash, the author's name. */
export const reportSubject = (period: ReportPeriod, authorName: string) => `${period.title}—${authorName}`.slice(0, 100);

/** One live report per author, kind and period. */
export const periodKey = (period: ReportPeriod) => `${period.kind}:${period.start}`;

/** The seed's content template: the leader's name, "<title>，详情见附件。谢谢！", the author's name. */
export const reportTemplate = (period: ReportPeriod, authorName: string, leaderName: string | null) =>
  `${leaderName ?? '领导'}：\n${period.title}，详情见附件。谢谢！\n${authorName}`;
