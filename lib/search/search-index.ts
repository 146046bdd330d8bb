// Keeps the keyword index (search_document + search_token) equal to the records, in the writer's transaction.
// A TypeORM subscriber notes every customer, contact and lead written through an entity (save, insert, update by
// entity); the index is rewritten for them just before the transaction commits (or at once outside one). An
// update through a query builder names no rows: the rows now holding the values it set are reindexed (a superset;
// beyond 10 000 of them it throws — call `reindexRecords` with the ids). Raw SQL writers must call `reindexRecords`
// (or `rebuildSearchIndex`).
import { EntityManager, EntitySubscriberInterface, EventSubscriber, InsertEvent, ObjectLiteral, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent, UpdateEvent } from 'typeorm';
import { SearchDocument } from '@/entities/search-document.entity';
import { documentOf, tokensOfDocument } from './search-text';
import { SEARCH_TYPES, SearchTypeName, searchTypeOf } from './search-types';

const CHUNK = 500;
const TOKEN_ROWS_PER_INSERT = 1000;

const chunks = <T>(items: readonly T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function insertTokens(manager: EntityManager, rows: [number, number, number][]) {
  const ignore = manager.connection.options.type === 'better-sqlite3' ? 'INSERT OR IGNORE' : 'INSERT IGNORE';
  for (const part of chunks(rows, TOKEN_ROWS_PER_INSERT)) {
    await manager.query(`${ignore} INTO search_token (record_type, token, record_id) VALUES ${part.map(() => '(?, ?, ?)').join(', ')}`, part.flat());
  }
}

/** Rewrites the index of these records from their current fields (a missing record loses its entry). */
export async function reindexRecords(manager: EntityManager, name: SearchTypeName, ids: readonly number[]): Promise<void> {
  const type = SEARCH_TYPES[name];
  for (const part of chunks([...new Set(ids)], CHUNK)) {
    const qb = manager.createQueryBuilder(type.entity, 'r').select('r.id', 'id').where('r.id IN (:...ids)', { ids: part });
    for (const field of type.fields) qb.addSelect(`r.${field}`, field);
    const records = await qb.getRawMany<Record<string, string | number | null>>();
    const stored = await manager.createQueryBuilder(SearchDocument, 'd')
      .where('d.recordType = :type AND d.recordId IN (:...ids)', { type: type.code, ids: part }).getMany();
    const before = new Map(stored.map((d) => [Number(d.recordId), d.text]));
    const documents: SearchDocument[] = [];
    const added: [number, number, number][] = [];
    const present = new Set<number>();
    for (const record of records) {
      const id = Number(record.id);
      present.add(id);
      const { text, tokens } = documentOf(type.fields.map((f) => (record[f] === null || record[f] === undefined ? null : String(record[f]))));
      const old = before.get(id);
      if (old === text) continue;
      const oldTokens = old === undefined ? new Set<number>() : tokensOfDocument(old);
      const removed = [...oldTokens].filter((t) => !tokens.has(t));
      if (removed.length) await manager.query(`DELETE FROM search_token WHERE record_type = ? AND record_id = ? AND token IN (${removed.map(() => '?').join(', ')})`, [type.code, id, ...removed]);
      for (const token of tokens) if (!oldTokens.has(token)) added.push([type.code, token, id]);
      documents.push(Object.assign(new SearchDocument(), { recordType: type.code, recordId: id, text }));
    }
    for (const [id, text] of before) {
      if (present.has(id)) continue;
      const gone = [...tokensOfDocument(text)];
      if (gone.length) await manager.query(`DELETE FROM search_token WHERE record_type = ? AND record_id = ? AND token IN (${gone.map(() => '?').join(', ')})`, [type.code, id, ...gone]);
      await manager.delete(SearchDocument, { recordType: type.code, recordId: id });
    }
    if (documents.length) await manager.upsert(SearchDocument, documents, ['recordType', 'recordId']);
    await insertTokens(manager, added);
  }
}

/** Indexes every record of the type, in id order (a migration's backfill, a repair after raw SQL writes). */
export async function rebuildSearchIndex(manager: EntityManager, name: SearchTypeName, batch = 2000, progress?: (done: number) => void): Promise<number> {
  const type = SEARCH_TYPES[name];
  let last = 0;
  let done = 0;
  for (;;) {
    const ids = (await manager.createQueryBuilder(type.entity, 'r').select('r.id', 'id').where('r.id > :last', { last })
      .orderBy('r.id', 'ASC').limit(batch).getRawMany<{ id: number }>()).map((r) => Number(r.id));
    if (!ids.length) return done;
    await reindexRecords(manager, name, ids);
    done += ids.length;
    last = ids[ids.length - 1];
    progress?.(done);
  }
}

// ---- the subscriber -----------------------------------------------------------------------------------------

const DIRTY = 'searchIndexDirty';
type Dirty = Map<SearchTypeName, Set<number>>;

const dirtyOf = (runner: QueryRunner): Dirty => {
  runner.data ??= {};
  return ((runner.data as Record<string, unknown>)[DIRTY] ??= new Map()) as Dirty;
};

async function flush(runner: QueryRunner) {
  const dirty = dirtyOf(runner);
  while (dirty.size) {
    const [name, ids] = dirty.entries().next().value as [SearchTypeName, Set<number>];
    dirty.delete(name);
    await reindexRecords(runner.manager, name, [...ids]);
  }
}

async function noteWritten(event: InsertEvent<ObjectLiteral> | UpdateEvent<ObjectLiteral>, name: SearchTypeName, id: number) {
  const runner = event.queryRunner;
  if (runner.isTransactionActive) {
    const dirty = dirtyOf(runner);
    dirty.set(name, (dirty.get(name) ?? new Set()).add(id));
    return;
  }
  await reindexRecords(event.manager, name, [id]);
}

/** Beyond this many rows an update by query builder must say which rows it changed (reindexRecords). */
const MAX_ROWS_BY_VALUES = 10_000;

/**
 * The rows an update by query builder (which names no ids) may have changed: after `SET a = x, b = y` every changed
 * row holds a = x and b = y, so those rows are a superset of them (reindexing a few more is harmless).
 */
async function rowsHolding(event: UpdateEvent<ObjectLiteral>, name: SearchTypeName): Promise<number[]> {
  const qb = event.manager.createQueryBuilder(SEARCH_TYPES[name].entity, 'r').select('r.id', 'id');
  let n = 0;
  for (const [property, value] of Object.entries(event.entity ?? {})) {
    if (!event.metadata.findColumnWithPropertyName(property) || (value !== null && typeof value === 'object' && !(value instanceof Date)) || typeof value === 'function') continue;
    if (value === null || value === undefined) qb.andWhere(`r.${property} IS NULL`);
    else qb.andWhere(`r.${property} = :held${++n}`, { [`held${n}`]: value });
  }
  const ids = (await qb.limit(MAX_ROWS_BY_VALUES + 1).getRawMany<{ id: number }>()).map((r) => Number(r.id));
  if (ids.length > MAX_ROWS_BY_VALUES) throw new Error(`search index: ${name} fields updated in bulk without ids; call reindexRecords with the ids`);
  return ids;
}

const idOf = (entity: ObjectLiteral | undefined) => (entity && Number.isSafeInteger(Number(entity.id)) && Number(entity.id) > 0 ? Number(entity.id) : null);

// Registered by lib/db/data-source.ts (`subscribers`).
@EventSubscriber()
export class SearchIndexSubscriber implements EntitySubscriberInterface {
  async afterInsert(event: InsertEvent<ObjectLiteral>) {
    const name = searchTypeOf(event.metadata.target);
    const id = idOf(event.entity);
    if (name && id) await noteWritten(event, name, id);
  }

  async afterUpdate(event: UpdateEvent<ObjectLiteral>) {
    const name = searchTypeOf(event.metadata.target);
    if (!name) return;
    const fields: readonly string[] = SEARCH_TYPES[name].fields;
    const changed = event.updatedColumns.length ? event.updatedColumns.map((c) => c.propertyName) : Object.keys(event.entity ?? {});
    if (!changed.some((f) => fields.includes(f))) return;
    const id = idOf(event.databaseEntity) ?? idOf(event.entity);
    for (const written of id ? [id] : await rowsHolding(event, name)) await noteWritten(event, name, written);
  }

  async beforeTransactionCommit(event: TransactionCommitEvent) {
    await flush(event.queryRunner);
  }

  afterTransactionRollback(event: TransactionRollbackEvent) {
    dirtyOf(event.queryRunner).clear();
  }
}
