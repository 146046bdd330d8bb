// A short reference to any registered record (type, id, title) for lists that mix record types: the follow-up
// list's "parent" column, timeline entries, notifications. Only readable records get a reference.
import { EntityManager, In, ObjectLiteral } from 'typeorm';
import { Viewer, derivedRecordType, recordIdsInScope, recordTable } from '@/lib/access';

export interface RecordRef { type: string; id: number; title: string }

/** The first of these properties an entity has is its title. */
const TITLE_PROPERTIES = ['name', 'title', 'subject', 'code', 'number'];

function titleProperty(manager: EntityManager, type: string) {
  const entity = recordTable(type)?.entity ?? derivedRecordType(type)?.entity;
  if (!entity) return null;
  const metadata = manager.connection.getMetadata(entity);
  const property = TITLE_PROPERTIES.find((p) => metadata.findColumnWithPropertyName(p));
  return { entity, property: property ?? null };
}

/** References of the readable records among `ids` of one type, by id. */
export async function recordRefs(manager: EntityManager, viewer: Viewer, type: string, ids: readonly number[]): Promise<Map<number, RecordRef>> {
  const map = new Map<number, RecordRef>();
  const source = titleProperty(manager, type);
  if (!source || !ids.length) return map;
  const visible = [...(await recordIdsInScope(manager, viewer, type, ids, 'read', 'any'))];
  if (!visible.length) return map;
  const rows = await manager.getRepository<ObjectLiteral>(source.entity).find({ where: { id: In(visible) } });
  for (const row of rows) {
    const id = Number(row.id);
    map.set(id, { type, id, title: source.property && row[source.property] ? String(row[source.property]) : `#${id}` });
  }
  return map;
}
