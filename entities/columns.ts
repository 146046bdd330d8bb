// Column helpers that map the same way on SQLite and MySQL (dates in UTC, JSON as text).
import { Column, ColumnOptions, CreateDateColumn, UpdateDateColumn } from 'typeorm';

/** A timestamp column; DATETIME on both databases, always written in UTC by the DataSource. */
export const DateColumn = (options: ColumnOptions = {}) => Column({ type: 'datetime', nullable: true, ...options });

export const CreatedAt = () => CreateDateColumn({ name: 'created_at', type: 'datetime' });
export const UpdatedAt = () => UpdateDateColumn({ name: 'updated_at', type: 'datetime' });

/** JSON kept as text: portable between SQLite and MySQL, and never queried inside. */
export const JsonColumn = (options: ColumnOptions = {}) =>
  Column({
    type: 'text',
    nullable: true,
    transformer: {
      to: (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value)),
      from: (value: string | null) => (value ? JSON.parse(value) : null),
    },
    ...options,
  });

/**
 * Money and other exact decimals: DECIMAL(precision, scale) on both databases, a string in code and in GraphQL
 * (never a JS float). SQLite hands numeric values back as numbers; they are normalised to `scale` places.
 */
export const DecimalColumn = (options: ColumnOptions & { precision?: number; scale?: number } = {}) => {
  const scale = options.scale ?? 2;
  return Column({
    type: 'decimal',
    precision: 14,
    scale,
    transformer: {
      to: (value: unknown) => (value === undefined || value === null ? value : String(value)),
      from: (value: string | number | null) => (value === null || value === undefined ? null : typeof value === 'number' ? value.toFixed(scale) : value),
    },
    ...options,
  });
};
