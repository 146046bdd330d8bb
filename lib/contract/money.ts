// Money as exact decimals: strings at the edges, integer cents (BigInt) in code, sums in SQL as integer cents.
// Never a JS float: SQLite keeps DECIMAL columns as floating point, so SQL rounds every value to whole cents
// before summing, which is exact for every value a DECIMAL(14,2) column can hold.
import { EntityManager } from 'typeorm';
import { isMysql } from '@/lib/db/lock';

const DECIMAL = /^(\d{1,12})(?:\.(\d{1,2}))?$/;
/** DECIMAL(14,2) holds at most 999 999 999 999.99. */
export const MAX_CENTS = 99_999_999_999_999n;

/** Cents of a decimal string ("1234.5" → 123450n); null when it is not a non-negative decimal with ≤ 2 places. */
export function parseCents(text: string | null | undefined): bigint | null {
  const match = DECIMAL.exec(String(text ?? '').trim());
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Cents of a value read from a DECIMAL column ("1234.50", or a number SQLite handed back). */
export function centsOf(value: string | number | bigint | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const negative = text.startsWith('-');
  const cents = parseCents(negative ? text.slice(1) : text);
  if (cents === null) throw new Error(`not a decimal amount: ${text}`);
  return negative ? -cents : cents;
}

/** "1234.50" from 123450n (negative amounts keep their sign). */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** Money as people read it in a message: "¥1,234,567.80" (thousands separators, two decimals), from cents or a DECIMAL value. */
export function formatYuan(value: bigint | string | number): string {
  const text = formatCents(centsOf(value));
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  return `${negative ? '-' : ''}¥${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${fraction}`;
}

/** quantity × unit price, both in hundredths, rounded half up to the cent. */
export function multiplyCents(quantity: bigint, unitPrice: bigint): bigint {
  return (quantity * unitPrice + 50n) / 100n;
}

/** SQL for a DECIMAL expression as integer cents on the database in use. */
export function sqlCents(manager: EntityManager, expression: string): string {
  return `CAST(ROUND(${expression} * 100) AS ${isMysql(manager) ? 'SIGNED' : 'INTEGER'})`;
}

/** A SUM(...) result in cents (MySQL answers a DECIMAL string, SQLite an integer, both NULL for no rows). */
export const sumCents = (value: unknown): bigint => (value === null || value === undefined ? 0n : BigInt(String(value).split('.')[0]));
