// Registry of business record types (customer, contact, lead, …) and how each meets the scope module, so
// generic features — notifications, comments, follow-ups, attachments, audit views — check visibility the same way.
import { ObjectLiteral } from 'typeorm';
import { ScopedTable } from './guard';

const tables = new Map<string, ScopedTable<ObjectLiteral>>();

export function registerRecordType<E extends ObjectLiteral>(type: string, table: ScopedTable<E>) {
  tables.set(type, table as unknown as ScopedTable<ObjectLiteral>);
}

/** The table of a record type, or undefined for an unknown type (callers deny). */
export const recordTable = (type: string) => tables.get(type);
export const recordTypes = () => [...tables.keys()];
