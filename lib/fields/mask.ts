// Masked display of a value (字段脱敏): enough to recognise it, never enough to use it.
import type { MaskKind } from './registry';

const STARS = '****';

/** 13812345678 → 138****5678; short values keep less. */
function maskDigits(value: string, head: number, tail: number): string {
  const chars = [...value];
  if (chars.length <= tail + 1) return '*'.repeat(chars.length);
  if (chars.length <= head + tail) return `${STARS}${chars.slice(-Math.min(tail, chars.length - 2)).join('')}`;
  return `${chars.slice(0, head).join('')}${STARS}${chars.slice(-tail).join('')}`;
}

function maskEmail(value: string): string {
  const at = value.lastIndexOf('@');
  if (at <= 0) return maskText(value);
  return `${[...value.slice(0, at)][0]}***${value.slice(at)}`;
}

function maskText(value: string): string {
  const chars = [...value];
  return chars.length <= 1 ? '*' : `${chars[0]}***`;
}

/** The masked form of a value; null and empty stay as they are (an empty field is not a secret). */
export function maskValue(kind: MaskKind, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  const text = value instanceof Date ? value.toISOString() : String(value);
  switch (kind) {
    case 'mobile': return maskDigits(text, 3, 4);
    case 'phone': return maskDigits(text, 3, 4);
    case 'idNumber': return maskDigits(text, 3, 4);
    case 'email': return maskEmail(text);
    default: return maskText(text);
  }
}
