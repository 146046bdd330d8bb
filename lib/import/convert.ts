// From a cell to a field's value, the way people fill Chinese spreadsheets: numbers typed as text and text typed
// as numbers (a mobile number stored as a number), dates in every Excel form (date cells, serial numbers in the
// 1900 or 1904 system, 2026-12-01, 2026/12/1, 2026.12.1, 2026年12月1日, 20261201, 12/1/2026, with or without a
// time), yes/no words, amounts with ¥ and thousands separators, and an enumeration by its Chinese label or code.
// A formula or an error value is refused with a clear message instead of guessing what Excel would show.
import { Cell, cellText, isErrorCell, isFormula } from './read/cell';

export type Converted<T> = { value: T } | { error: string };

const FORMULA = '含公式：请复制整列后“选择性粘贴 → 数值”再导入';

function plain(cell: Cell): Converted<string | null> | null {
  if (isFormula(cell)) return { error: FORMULA };
  if (isErrorCell(cell)) return { error: `单元格为错误值 ${cell.error}` };
  return null;
}

/** Text: trimmed; empty is null. */
export function toText(cell: Cell): Converted<string | null> {
  const refused = plain(cell);
  if (refused) return refused;
  const text = cellText(cell).trim();
  return { value: text ? text : null };
}

interface Parts { y: number; m: number; d: number; hh: number; mi: number }

const valid = (p: Parts) => {
  const probe = new Date(Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mi));
  return p.y >= 1900 && p.y <= 2200 && probe.getUTCMonth() === p.m - 1 && probe.getUTCDate() === p.d && p.hh < 24 && p.mi < 60;
};

/** Days since 1899-12-30 (1900 system; Excel's phantom 1900-02-29 sits before serial 61) or since 1904-01-01. */
function fromSerial(serial: number, date1904: boolean): Parts | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const ms = epoch + Math.round(serial * 86400) * 1000;
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hh: t.getUTCHours(), mi: t.getUTCMinutes() };
}

const TIME = '(?:[ T]*(\\d{1,2})[:：时](\\d{1,2})分?(?:[:：](\\d{1,2})秒?)?)?';
const PATTERNS: [RegExp, (m: RegExpExecArray) => Parts][] = [
  [new RegExp(`^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?${TIME}$`), (m) => ({ y: +m[1], m: +m[2], d: +m[3], hh: +(m[4] ?? 0), mi: +(m[5] ?? 0) })],
  [new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${TIME}$`), (m) => ({ y: +m[1], m: +m[2], d: +m[3], hh: +(m[4] ?? 0), mi: +(m[5] ?? 0) })],
  // Excel's en-US display (month first) when a date column was turned into text.
  [new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}$`), (m) => ({ y: +m[3], m: +m[1], d: +m[2], hh: +(m[4] ?? 0), mi: +(m[5] ?? 0) })],
];

/** A calendar date (and time of day) from any of the forms above; null for an empty cell. */
export function toDateParts(cell: Cell, date1904: boolean): Converted<Parts | null> {
  const refused = plain(cell);
  if (refused) return refused as Converted<null>;
  if (cell === null) return { value: null };
  let parts: Parts | null = null;
  if (cell instanceof Date) {
    parts = { y: cell.getUTCFullYear(), m: cell.getUTCMonth() + 1, d: cell.getUTCDate(), hh: cell.getUTCHours(), mi: cell.getUTCMinutes() };
  } else if (typeof cell === 'number') {
    parts = fromSerial(cell, date1904);
  } else {
    const text = String(cell).trim().replace(/\s+/g, ' ');
    if (!text) return { value: null };
    if (/^\d{5}(\.\d+)?$/.test(text)) parts = fromSerial(Number(text), date1904);
    for (const [pattern, read] of PATTERNS) {
      if (parts) break;
      const m = pattern.exec(text);
      if (m) parts = read(m);
    }
  }
  if (!parts || !valid(parts)) return { error: '不是有效日期（如 2026-12-01 或 2026/12/1 14:30）' };
  return { value: parts };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A date as YYYY-MM-DD. */
export function toDateText(cell: Cell, date1904: boolean): Converted<string | null> {
  const parts = toDateParts(cell, date1904);
  if ('error' in parts || !parts.value) return parts as Converted<null>;
  const p = parts.value;
  return { value: `${p.y}-${pad(p.m)}-${pad(p.d)}` };
}

/** The instant of a wall-clock time in the company's time zone (CRM_TIME_ZONE, default Asia/Shanghai). */
export function companyInstant(p: Parts): Date {
  const zone = process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai';
  const wall = Date.UTC(p.y, p.m - 1, p.d, p.hh, p.mi);
  const offsetAt = (t: number) => {
    const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(new Date(t)).reduce<Record<string, number>>((acc, x) => { if (x.type !== 'literal') acc[x.type] = Number(x.value); return acc; }, {});
    return Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute) - t;
  };
  const guess = wall - offsetAt(wall);
  return new Date(wall - offsetAt(guess));
}

/** A date and time in the company's time zone. */
export function toDateTime(cell: Cell, date1904: boolean): Converted<Date | null> {
  const parts = toDateParts(cell, date1904);
  if ('error' in parts || !parts.value) return parts as Converted<null>;
  return { value: companyInstant(parts.value) };
}

const YES = new Set(['是', 'y', 'yes', 'true', '1', '√', '✓', '对', 'on']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '×', '✗', '不', 'off']);

export function toBool(cell: Cell): Converted<boolean | null> {
  if (typeof cell === 'boolean') return { value: cell };
  const text = toText(cell);
  if ('error' in text || text.value === null) return text as Converted<null>;
  const word = text.value.toLowerCase();
  if (YES.has(word)) return { value: true };
  if (NO.has(word)) return { value: false };
  return { error: '请填“是”或“否”' };
}

/** An enumeration value by its code (DIRECT) or its label (直接客户). */
export function toEnum<T extends string>(cell: Cell, labels: Record<T, string>): Converted<T | null> {
  const text = toText(cell);
  if ('error' in text || text.value === null) return text as Converted<null>;
  const wanted = text.value.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  for (const [code, label] of Object.entries(labels) as [T, string][]) {
    if (code.toLowerCase() === wanted || label === wanted) return { value: code };
  }
  return { error: `须为以下之一：${Object.values(labels).join('、')}` };
}

/** An amount: a number cell, or text with ¥/元 and thousands separators; left for the field rule when unclear. */
export function toAmount(cell: Cell): Converted<string | null> {
  if (typeof cell === 'number') return { value: Number.isInteger(cell * 100) ? cell.toFixed(2) : String(cell) };
  const text = toText(cell);
  if ('error' in text || text.value === null) return text;
  return { value: text.value.normalize('NFKC').replace(/^[¥$]|元$/g, '').replace(/,/g, '').trim() };
}
