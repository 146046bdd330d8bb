// The customer list's keyword: a customer matches on its own name, code, contact name, mobile or phone, or through
// one of its live contacts that the viewer may read (name, mobile, phone, e-mail, WeChat) — so a search never
// reveals a hidden contact. Matching is the search index's (lib/search): few matches are read by id, many walk the
// list (docs/scale/EXPLAIN.md, keyword search).
import { EntityManager } from 'typeorm';
import { Contact } from '@/entities';
import { ResolvedScope, ScopeColumns, Viewer, resolveScope, scopeCondition } from '@/lib/access';
import { SqlPart, documentMatches, fetchCandidates, idsCondition, keywordPlan, ownCandidates, candidateQuery } from '@/lib/search/search-match';
import { QueryPlan } from '@/lib/search/search-text';
import { CONTACT_TABLE } from './customer.tables';

let seq = 0;

/** The contact scope on alias `alias` of raw SQL (database column names; `1 = 1` for ALL). */
function contactScope(manager: EntityManager, scope: ResolvedScope, alias: string): SqlPart {
  const metadata = manager.connection.getMetadata(Contact);
  const columns = Object.fromEntries(Object.entries(CONTACT_TABLE.columns).map(([k, v]) => {
    const property = String(v).slice(`${CONTACT_TABLE.alias}.`.length);
    return [k, `${alias}.${metadata.findColumnWithPropertyName(property)?.databaseName ?? property}`];
  }));
  const condition = scopeCondition(scope, columns as unknown as ScopeColumns);
  return condition ?? { sql: '1 = 1', params: {} };
}

/** Candidate source: contacts whose document matches, yielding their customer, counted when readable and live. */
function contactCandidates(manager: EntityManager, plan: QueryPlan, scope: ResolvedScope): SqlPart {
  const n = ++seq;
  const inner = candidateQuery('contact', plan);
  const readable = contactScope(manager, scope, `kct${n}`);
  return {
    sql: `SELECT kct${n}.customer_id AS id, CASE WHEN kct${n}.deleted_at IS NULL AND ${readable.sql} THEN 1 ELSE 0 END AS ok
      FROM (${inner.sql}) kc${n} INNER JOIN contact kct${n} ON kct${n}.id = kc${n}.id`,
    params: { ...inner.params, ...readable.params },
  };
}

/** Walking check: a live, readable contact of the customer in `idColumn` matches. */
function contactMatches(manager: EntityManager, plan: QueryPlan, scope: ResolvedScope, idColumn: string): SqlPart {
  const n = ++seq;
  const readable = contactScope(manager, scope, `wct${n}`);
  const doc = documentMatches('contact', plan, `wct${n}.id`);
  return {
    sql: `EXISTS (SELECT 1 FROM contact wct${n} WHERE wct${n}.customer_id = ${idColumn} AND wct${n}.deleted_at IS NULL AND ${readable.sql} AND ${doc.sql})`,
    params: { ...readable.params, ...doc.params },
  };
}

/**
 * The keyword as a condition on customers (alias `c`); null for an empty keyword. `walk`: check row by row
 * without collecting matches first (the viewer's scope is a few thousand customers at most).
 */
export async function customerKeywordCondition(manager: EntityManager, viewer: Viewer, keyword: string | null | undefined, walk: boolean): Promise<SqlPart | null> {
  const plan = keywordPlan(keyword);
  if (!plan) return null;
  const contacts = await resolveScope(manager, viewer, 'contact', 'read');
  if (!walk) {
    const [own, viaContacts] = await fetchCandidates(manager, [ownCandidates('customer', plan), contactCandidates(manager, plan, contacts)]);
    if (own && viaContacts) return idsCondition('c.id', [...own, ...viaContacts]);
  }
  const own = documentMatches('customer', plan, 'c.id');
  const via = contactMatches(manager, plan, contacts, 'c.id');
  return { sql: `(${own.sql} OR ${via.sql})`, params: { ...own.params, ...via.params } };
}
