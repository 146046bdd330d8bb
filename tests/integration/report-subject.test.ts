// The subjects of work reports in the seed's format (CRM系统使用规范 1.1) and the periods they cover.
import { ReportKind } from '@/entities/report.entity';
import { DomainError } from '@/lib/errors';
import { isoWeek, periodKey, reportPeriod, reportSubject, reportTemplate } from '@/lib/report/report-period';

const subject = (kind: ReportKind, date: string) => reportSubject(reportPeriod(kind, date), '张三');

test('daily: 2026年11月23日工作日报—张三, the day itself', () => {
  expect(subject(ReportKind.DAILY, '2026-11-23')).toBe('2026年11月23日工作日报—张三');
  expect(reportPeriod(ReportKind.DAILY, '2026-01-05')).toMatchObject({ start: '2026-01-05', end: '2026-01-05' });
  expect(subject(ReportKind.DAILY, '2026-01-05')).toBe('2026年1月5日工作日报—张三');
});

test('weekly: ISO weeks, Monday to Sunday, e.g. 2026年第47周工作周报—张三', () => {
  expect(subject(ReportKind.WEEKLY, '2026-11-16')).toBe('2026年第47周工作周报—张三'); // Monday
  expect(subject(ReportKind.WEEKLY, '2026-11-22')).toBe('2026年第47周工作周报—张三'); // Sunday
  expect(subject(ReportKind.WEEKLY, '2026-11-23')).toBe('2026年第48周工作周报—张三');
  expect(reportPeriod(ReportKind.WEEKLY, '2026-11-19')).toMatchObject({ start: '2026-11-16', end: '2026-11-22' });
  // Weeks crossing a new year belong to the ISO year of their Thursday.
  expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1, monday: '2025-12-29' });
  expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53, monday: '2026-12-28' });
  expect(subject(ReportKind.WEEKLY, '2027-01-03')).toBe('2026年第53周工作周报—张三');
  expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53, monday: '2020-12-28' });
  expect(reportPeriod(ReportKind.WEEKLY, '2025-12-31')).toMatchObject({ start: '2025-12-29', end: '2026-01-04', title: '2026年第1周工作周报' });
});

test('monthly: 2026年11月工作月报—张三, first to last day of the month', () => {
  expect(subject(ReportKind.MONTHLY, '2026-11-23')).toBe('2026年11月工作月报—张三');
  expect(reportPeriod(ReportKind.MONTHLY, '2026-02-10')).toMatchObject({ start: '2026-02-01', end: '2026-02-28' });
  expect(reportPeriod(ReportKind.MONTHLY, '2028-02-10')).toMatchObject({ start: '2028-02-01', end: '2028-02-29' });
  expect(reportPeriod(ReportKind.MONTHLY, '2026-12-31')).toMatchObject({ start: '2026-12-01', end: '2026-12-31' });
});

test('half-year: 2026年上半年工作总结—张三 (January–June), 下半年 for July–December', () => {
  expect(subject(ReportKind.HALF_YEAR, '2026-06-30')).toBe('2026年上半年工作总结—张三');
  expect(reportPeriod(ReportKind.HALF_YEAR, '2026-03-01')).toMatchObject({ start: '2026-01-01', end: '2026-06-30' });
  expect(subject(ReportKind.HALF_YEAR, '2026-07-01')).toBe('2026年下半年工作总结—张三');
  expect(reportPeriod(ReportKind.HALF_YEAR, '2026-07-01')).toMatchObject({ start: '2026-07-01', end: '2026-12-31' });
});

test('annual: the seed’s 2026年年终总结—张三, the whole year', () => {
  expect(subject(ReportKind.ANNUAL, '2026-11-23')).toBe('2026年年终总结—张三');
  expect(reportPeriod(ReportKind.ANNUAL, '2026-11-23')).toMatchObject({ start: '2026-01-01', end: '2026-12-31' });
});

test('the period key tells periods apart; the content template follows the seed', () => {
  expect(periodKey(reportPeriod(ReportKind.WEEKLY, '2026-11-18'))).toBe('WEEKLY:2026-11-16');
  expect(periodKey(reportPeriod(ReportKind.DAILY, '2026-11-16'))).toBe('DAILY:2026-11-16');
  expect(reportTemplate(reportPeriod(ReportKind.WEEKLY, '2026-11-18'), '张三', '王建国')).toBe('王建国：\n2026年第47周工作周报，详情见附件。谢谢！\n张三');
});

test('a date that is not a calendar date is refused on the date field', () => {
  for (const bad of ['2026-02-30', '2026/11/23', '', 'yesterday']) {
    let error: unknown;
    try { reportPeriod(ReportKind.DAILY, bad); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details.fields).toEqual([{ field: 'date', message: expect.any(String) }]);
  }
});
