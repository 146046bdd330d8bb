// The record types keyword search indexes, each with a fixed number (stored in every row of the index) and the
// fields a keyword is matched against.
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { Contact, Customer, Lead } from '@/entities';

export interface SearchType {
  /** Stored in search_document / search_token: never renumber. */
  code: number;
  entity: EntityTarget<ObjectLiteral>;
  /** Entity properties matched by a keyword, in document order. */
  fields: readonly string[];
}

export const SEARCH_TYPES = {
  customer: { code: 1, entity: Customer, fields: ['name', 'code', 'contactName', 'mobile', 'phone'] },
  contact: { code: 2, entity: Contact, fields: ['name', 'mobile', 'phone', 'email', 'wechat'] },
  lead: { code: 3, entity: Lead, fields: ['name', 'company', 'mobile', 'phone'] },
} as const satisfies Record<string, SearchType>;

export type SearchTypeName = keyof typeof SEARCH_TYPES;

export const searchTypeOf = (target: unknown): SearchTypeName | undefined =>
  (Object.keys(SEARCH_TYPES) as SearchTypeName[]).find((name) => SEARCH_TYPES[name].entity === target);
