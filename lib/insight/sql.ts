// Small SQL pieces shared by the dashboard and the reports: conditional counts and sums, date bounds, and
// reading raw aggregate values back the same way on SQLite and MySQL.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { sqlCents, sumCents } from '@/lib/contract/money';
import { DateSpan } from './period';

/** `SUM(CASE WHEN … THEN 1 ELSE 0 END)`: a portable conditional count. */
export const countIf = (condition: string) => `SUM(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** Conditional sum of a DECIMAL column in integer cents. */
export const centsIf = (manager: EntityManager, condition: string, column: string) => `SUM(CASE WHEN ${condition} THEN ${sqlCents(manager, column)} ELSE 0 END)`;

/** Sum of a DECIMAL column in integer cents (0 for no rows). */
export const cents = (manager: EntityManager, column: string) => `COALESCE(SUM(${sqlCents(manager, column)}), 0)`;

export const int = (value: unknown) => Number(value ?? 0);
export { sumCents };

export type ColumnKind = 'instant' | 'date';

let seq = 0;

/** Keeps rows whose column falls in the span: instants for DATETIME columns, YYYY-MM-DD for DATE columns. */
export function within<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, span: DateSpan, kind: ColumnKind): SelectQueryBuilder<T> {
  const n = ++seq;
  const [from, to] = kind === 'instant' ? [span.start, span.end] : [span.from, span.to];
  return qb.andWhere(`${column} >= :spanFrom${n} AND ${column} <= :spanTo${n}`, { [`spanFrom${n}`]: from, [`spanTo${n}`]: to });
}

/** The lower bound of a span as a parameter value for the column kind. */
export const lowerBound = (span: DateSpan, kind: ColumnKind) => (kind === 'instant' ? span.start : span.from);
