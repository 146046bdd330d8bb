// The numbering patterns as pure functions: which record types are numbered, their defaults, how a date part and a
// reset period are written, and which patterns are refused because their numbers could repeat.
import { FieldErrors } from '@/lib/errors';

/** Record types whose codes come from a numbering rule (customer.code, contract.code, receivable.code). */
export const NUMBERED_MODULES = ['customer', 'contract', 'receivable'] as const;
export type NumberedModule = (typeof NUMBERED_MODULES)[number];

/** Date parts from coarsest to finest; a reset period needs a date part at least as fine (same index). */
export const DATE_PARTS = ['NONE', 'YYYY', 'YYYYMM', 'YYYYMMDD'] as const;
export const RESET_PERIODS = ['NEVER', 'YEARLY', 'MONTHLY', 'DAILY'] as const;
export type DatePart = (typeof DATE_PARTS)[number];
export type ResetPeriod = (typeof RESET_PERIODS)[number];

export interface NumberingPattern { prefix: string; datePart: DatePart; resetPeriod: ResetPeriod; sequenceLength: number }

export const DEFAULT_PATTERNS: Record<NumberedModule, NumberingPattern> = {
  customer: { prefix: 'KH', datePart: 'YYYYMMDD', resetPeriod: 'DAILY', sequenceLength: 4 },
  contract: { prefix: 'HT', datePart: 'YYYYMMDD', resetPeriod: 'DAILY', sequenceLength: 4 },
  receivable: { prefix: 'HK', datePart: 'YYYYMMDD', resetPeriod: 'DAILY', sequenceLength: 4 },
};

export const PREFIX_PATTERN = /^[A-Za-z0-9_-]{1,10}$/;
export const SEQUENCE_LENGTH = { min: 3, max: 10 } as const;

export const isNumberedModule = (module: string): module is NumberedModule => (NUMBERED_MODULES as readonly string[]).includes(module);

/** The calendar day in the company's time zone (Asia/Shanghai unless CRM_TIME_ZONE says otherwise). */
function companyDay(now: Date) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now).reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** The date part written into a number. */
export function formatDatePart(datePart: string, now = new Date()): string {
  const { year, month, day } = companyDay(now);
  if (datePart === 'NONE') return '';
  if (datePart === 'YYYY') return year;
  if (datePart === 'YYYYMM') return year + month;
  return year + month + day;
}

/** The counter's period key: a new key starts the sequence at 1 again. */
export function periodOf(resetPeriod: string, now = new Date()): string {
  const { year, month, day } = companyDay(now);
  if (resetPeriod === 'NEVER') return '';
  if (resetPeriod === 'YEARLY') return year;
  if (resetPeriod === 'MONTHLY') return year + month;
  return year + month + day;
}

export const formatNumber = (pattern: NumberingPattern, value: number, now = new Date()) =>
  `${pattern.prefix}${formatDatePart(pattern.datePart, now)}${String(value).padStart(pattern.sequenceLength, '0')}`;

/** Field errors of a pattern: prefix, sequence length, and a reset period finer than the date part (numbers would repeat). */
export function patternErrors(pattern: NumberingPattern, errors = new FieldErrors()): FieldErrors {
  if (!PREFIX_PATTERN.test(pattern.prefix)) errors.add('prefix', 'must be 1 to 10 letters, digits, "-" or "_"');
  const datePart = DATE_PARTS.indexOf(pattern.datePart);
  const reset = RESET_PERIODS.indexOf(pattern.resetPeriod);
  if (datePart < 0) errors.add('datePart', `must be one of ${DATE_PARTS.join(', ')}`);
  if (reset < 0) errors.add('resetPeriod', `must be one of ${RESET_PERIODS.join(', ')}`);
  const { min, max } = SEQUENCE_LENGTH;
  if (!Number.isInteger(pattern.sequenceLength) || pattern.sequenceLength < min || pattern.sequenceLength > max) {
    errors.add('sequenceLength', `must be a whole number from ${min} to ${max}`);
  }
  if (datePart >= 0 && reset > datePart) {
    errors.add('resetPeriod', `restarting the sequence ${pattern.resetPeriod.toLowerCase()} needs a date part that shows it (${DATE_PARTS[reset]} or finer); numbers would repeat`);
  }
  return errors;
}
