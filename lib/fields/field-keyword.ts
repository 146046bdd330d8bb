// A list's keyword under field permissions: a keyword may only find a record through fields the viewer reads in
// full. The search itself (lib/search, or LIKE) matches every searchable field, so when any of them is hidden or
// masked for the viewer, this adds one more condition: the keyword appears in a field they do read (or, for
// customers, in such a field of one of their readable contacts). Without it, searching a full mobile number would
// tell whether a customer with a masked or hidden mobile has it (filter as oracle).
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Contact } from '@/entities';
import { Viewer, applyScope, resolveScope } from '@/lib/access';
import { ESCAPE, likePattern } from '@/lib/text';
import { fieldModes, isReadable } from './field-modes';

/** The fields a module's keyword searches (the search index's, lib/search/search-types.ts), by entity property. */
export const KEYWORD_FIELDS: Record<string, readonly string[]> = {
  customer: ['name', 'code', 'contactName', 'mobile', 'phone'],
  contact: ['name', 'mobile', 'phone', 'email', 'wechat'],
  lead: ['name', 'company', 'mobile', 'phone'],
};

const readableOf = (viewer: Viewer, module: string) => {
  const modes = fieldModes(viewer, module);
  const fields = KEYWORD_FIELDS[module] ?? [];
  const readable = fields.filter((key) => { const mode = modes.get(key); return !mode || isReadable(mode); });
  return { fields, readable, all: readable.length === fields.length };
};

let seq = 0;

/** Narrows `qb` (alias `alias`, a record of `module`) to records the keyword finds through readable fields. */
export async function restrictKeyword<E extends ObjectLiteral>(manager: EntityManager, viewer: Viewer, module: 'customer' | 'contact' | 'lead', qb: SelectQueryBuilder<E>, alias: string, keyword: string | null | undefined) {
  const text = keyword?.trim();
  if (!text) return;
  const own = readableOf(viewer, module);
  const contacts = module === 'customer' ? readableOf(viewer, 'contact') : null;
  if (own.all && (!contacts || contacts.all)) return;
  const n = ++seq;
  const param = `fieldKw${n}`;
  const parts = own.readable.map((key) => `${alias}.${key} LIKE :${param}${ESCAPE}`);
  const params: Record<string, unknown> = { [param]: likePattern(text) };
  if (contacts?.readable.length) {
    const sub = manager.createQueryBuilder(Contact, `fkc${n}`).select('1')
      .where(`fkc${n}.customerId = ${alias}.id`).andWhere(`fkc${n}.deletedAt IS NULL`)
      .andWhere(`(${contacts.readable.map((key) => `fkc${n}.${key} LIKE :${param}${ESCAPE}`).join(' OR ')})`);
    applyScope(sub, await resolveScope(manager, viewer, 'contact', 'read'), { owner: `fkc${n}.ownerId`, teamCustomer: `fkc${n}.customerId` });
    parts.push(`EXISTS (${sub.getQuery()})`);
    Object.assign(params, sub.getParameters());
  }
  qb.andWhere(parts.length ? `(${parts.join(' OR ')})` : '1 = 0', params);
}
