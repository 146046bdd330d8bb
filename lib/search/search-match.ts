// Keyword conditions for lists, built on the index (search-index.ts) and its text rules (search-text.ts). Two ways
// to apply a keyword, chosen by how many records match it in the whole company:
// - few (≤ candidateCap()): one statement collects the matching ids from the bigram postings, each verified on its
//   document; the list then reads exactly those rows by primary key (`id IN (…)`), whatever the scope.
// - many (a common word, or a viewer whose scope is a few thousand rows anyway): the list walks its own index and
//   checks each row's document by primary key (`EXISTS …`), stopping when the page is full.
// Either way the list's scope condition is applied as usual: a keyword never widens what a viewer reads.
import { EntityManager } from 'typeorm';
import { QueryPlan, normalizeSearchText, planQuery } from './search-text';
import { SEARCH_TYPES, SearchTypeName } from './search-types';

/**
 * Above this many matching records the list walks its index instead of reading the matches by id
 * (SEARCH_CANDIDATE_CAP overrides it: tests force the walking way with 1).
 */
export const candidateCap = () => Number(process.env.SEARCH_CANDIDATE_CAP) || 5000;

export interface SqlPart { sql: string; params: Record<string, unknown> }

let seq = 0;

/** The plan of a keyword, or null when it is empty after normalisation. */
export function keywordPlan(keyword: string | null | undefined): QueryPlan | null {
  const text = normalizeSearchText(keyword);
  return text ? planQuery(text) : null;
}

/** `INSTR(<document text>, query) > 0` — byte-exact on MariaDB (the column is utf8mb4_bin), exact on SQLite. */
const contains = (column: string, param: string) => `INSTR(${column}, :${param}) > 0`;

/**
 * SELECT of the ids (`id`) of records of the type whose document contains the query: from the token postings
 * (every candidate checked on its document), or by reading the documents when the query has no usable token.
 */
export function candidateQuery(name: SearchTypeName, plan: QueryPlan): SqlPart {
  const n = ++seq;
  const params: Record<string, unknown> = { [`sType${n}`]: SEARCH_TYPES[name].code, [`sText${n}`]: plan.text };
  const doc = `sd${n}`;
  if (plan.kind === 'scan') {
    return { sql: `SELECT ${doc}.record_id AS id FROM search_document ${doc} WHERE ${doc}.record_type = :sType${n} AND ${contains(`${doc}.text`, `sText${n}`)}`, params };
  }
  const t0 = `st${n}_0`;
  const joinDoc = `INNER JOIN search_document ${doc} ON ${doc}.record_type = ${t0}.record_type AND ${doc}.record_id = ${t0}.record_id`;
  if (plan.kind === 'prefix') {
    Object.assign(params, { [`sFrom${n}`]: plan.from, [`sTo${n}`]: plan.to });
    return {
      sql: `SELECT DISTINCT ${t0}.record_id AS id FROM search_token ${t0} ${joinDoc}
        WHERE ${t0}.record_type = :sType${n} AND ${t0}.token BETWEEN :sFrom${n} AND :sTo${n} AND ${contains(`${doc}.text`, `sText${n}`)}`,
      params,
    };
  }
  // Every token's posting joined on the record: the database starts from the shortest one (its range estimate).
  const joins = plan.tokens.slice(1).map((token, i) => {
    params[`sTok${n}_${i + 1}`] = token;
    const t = `st${n}_${i + 1}`;
    return `INNER JOIN search_token ${t} ON ${t}.record_type = ${t0}.record_type AND ${t}.token = :sTok${n}_${i + 1} AND ${t}.record_id = ${t0}.record_id`;
  });
  params[`sTok${n}_0`] = plan.tokens[0];
  return {
    sql: `SELECT ${t0}.record_id AS id FROM search_token ${t0} ${joins.join(' ')} ${joinDoc}
      WHERE ${t0}.record_type = :sType${n} AND ${t0}.token = :sTok${n}_0 AND ${contains(`${doc}.text`, `sText${n}`)}`,
    params,
  };
}

/** Correlated check that the record whose id is in `idColumn` matches (the walking way): one primary-key probe. */
export function documentMatches(name: SearchTypeName, plan: QueryPlan, idColumn: string): SqlPart {
  const n = ++seq;
  return {
    sql: `EXISTS (SELECT 1 FROM search_document sdm${n} WHERE sdm${n}.record_type = :sdmType${n} AND sdm${n}.record_id = ${idColumn} AND ${contains(`sdm${n}.text`, `sdmText${n}`)})`,
    params: { [`sdmType${n}`]: SEARCH_TYPES[name].code, [`sdmText${n}`]: plan.text },
  };
}

/** One row of a candidate source: the id it yields, and whether it counts (a contact the viewer may read). */
export interface CandidateRow { id: number; ok: boolean }

/**
 * Runs several candidate sources in one statement, each capped at `cap` + 1 rows. A source is a SELECT yielding
 * `id` and `ok` (1/0). Returns per source the ids with ok = 1, or null when the source has more than `cap` rows.
 */
export async function fetchCandidates(manager: EntityManager, sources: SqlPart[], cap = candidateCap()): Promise<(number[] | null)[]> {
  const params: Record<string, unknown> = {};
  const selects = sources.map((source, i) => {
    Object.assign(params, source.params);
    return `SELECT ${i} AS src, cand${i}.id AS id, cand${i}.ok AS ok FROM (${source.sql} LIMIT ${cap + 1}) cand${i}`;
  });
  const [sql, bound] = manager.connection.driver.escapeQueryWithParameters(selects.join(' UNION ALL '), params);
  const rows = (await manager.query(sql, bound)) as { src: number | string; id: number | string; ok: number | string | boolean }[];
  return sources.map((_, i) => {
    const mine = rows.filter((r) => Number(r.src) === i);
    if (mine.length > cap) return null;
    return mine.filter((r) => r.ok === true || Number(r.ok) === 1).map((r) => Number(r.id));
  });
}

/** A candidate source of the type's own records (every one counts). */
export function ownCandidates(name: SearchTypeName, plan: QueryPlan): SqlPart {
  const inner = candidateQuery(name, plan);
  return { sql: `SELECT oc${++seq}.id AS id, 1 AS ok FROM (${inner.sql}) oc${seq}`, params: inner.params };
}

/**
 * The keyword as a condition on a list of the type's own records (`idColumn`, e.g. `l.id`): `id IN (matches)`
 * when the matches are few, the walking check otherwise (or straight away when `walk` is set: a narrow scope).
 */
export async function keywordCondition(manager: EntityManager, name: SearchTypeName, keyword: string | null | undefined, idColumn: string, walk = false): Promise<SqlPart | null> {
  const plan = keywordPlan(keyword);
  if (!plan) return null;
  if (!walk) {
    const [ids] = await fetchCandidates(manager, [ownCandidates(name, plan)]);
    if (ids) return idsCondition(idColumn, ids);
  }
  return documentMatches(name, plan, idColumn);
}

/** `column IN (ids)`, or never true for no ids. */
export function idsCondition(column: string, ids: readonly number[]): SqlPart {
  if (!ids.length) return { sql: '1 = 0', params: {} };
  const name = `kwIds${++seq}`;
  return { sql: `${column} IN (:...${name})`, params: { [name]: [...new Set(ids)] } };
}
