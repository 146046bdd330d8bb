// Administering dictionaries (system:dictionary): add, rename, enable/disable and reorder options — never delete,
// so a record always shows the name of the option it holds. Each change is one transaction, audited before/after.
import { DataSource, EntityManager } from 'typeorm';
import { DictionaryOption } from '@/entities';
import { Viewer, hasPermission } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { isUniqueViolation } from '@/lib/db/errors';
import { badInput, forbidden, notFound } from '@/lib/errors';
import { actorOf, cleanText, parseId, tooLong } from '@/lib/org/org.common';
import { PATH_SEPARATOR, isKnownKind, isTreeKind } from './kinds';
import { OptionView, optionRows, viewsOf } from './dictionary.query';

export const DICTIONARY_PERMISSION = 'system:dictionary';
const NAME_MAX = 50;

/** Custom fields administer their own options with their own permission (lib/fields). */
function requireAdmin(viewer: Viewer, kind: string) {
  const permission = kind.startsWith('field:') ? 'system:customField' : DICTIONARY_PERMISSION;
  if (!hasPermission(viewer, permission)) throw forbidden(`Missing permission ${permission}`);
}

function cleanName(raw: string | null | undefined): string {
  const name = cleanText(raw);
  if (!name) throw badInput('name', 'is required');
  if (tooLong(name, NAME_MAX)) throw badInput('name', `must be at most ${NAME_MAX} characters`);
  if (name.includes(PATH_SEPARATOR)) throw badInput('name', `cannot contain ${PATH_SEPARATOR}`);
  return name;
}

async function assertNameFree(manager: EntityManager, kind: string, parentId: number, name: string, exceptId = 0) {
  const same = await manager.createQueryBuilder(DictionaryOption, 'o').where('o.kind = :kind AND o.parentId = :parentId AND o.name = :name', { kind, parentId, name })
    .andWhere('o.id <> :exceptId', { exceptId }).getCount();
  if (same) throw badInput('name', 'another option here already has this name');
}

/** A code no option of the kind has: the name (under its parent's code in a tree), numbered if taken. */
async function freeCode(manager: EntityManager, kind: string, base: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const code = n === 1 ? base : `${base}~${n}`;
    if (!(await manager.existsBy(DictionaryOption, { kind, code }))) return code;
  }
  throw badInput('name', 'has been used too often');
}

async function viewOf(manager: EntityManager, option: DictionaryOption): Promise<OptionView> {
  return viewsOf(await optionRows(manager, [option.kind])).find((o) => o.id === option.id)!;
}

/** Saves, turning a unique-index race into the same field error as the pre-check. */
async function saveGuarded(manager: EntityManager, option: DictionaryOption) {
  try {
    return await manager.save(option);
  } catch (error) {
    if (isUniqueViolation(error)) throw badInput('name', 'another option here already has this name');
    throw error;
  }
}

export interface AddOptionInput { kind: string; name: string; parentId?: string | number | null }

export async function addDictionaryOption(db: DataSource | EntityManager, viewer: Viewer, input: AddOptionInput): Promise<OptionView> {
  if (!isKnownKind(input.kind)) throw badInput('kind', 'is not a dictionary');
  requireAdmin(viewer, input.kind);
  const name = cleanName(input.name);
  return inTransaction(db, async (manager) => {
    let parent: DictionaryOption | null = null;
    if (input.parentId !== undefined && input.parentId !== null && input.parentId !== '') {
      if (!isTreeKind(input.kind)) throw badInput('parentId', 'this dictionary is not a tree');
      parent = await manager.findOneBy(DictionaryOption, { id: parseId(input.parentId, 'parentId'), kind: input.kind });
      if (!parent) throw badInput('parentId', 'is not an option of this dictionary');
      // Two levels (province → city): records store one code, and deeper trees would need a picker of their own.
      if (parent.parentId) throw badInput('parentId', 'options have at most two levels');
    }
    const parentId = parent?.id ?? 0;
    await assertNameFree(manager, input.kind, parentId, name);
    const last = await manager.createQueryBuilder(DictionaryOption, 'o').select('MAX(o.sortOrder)', 'max')
      .where('o.kind = :kind AND o.parentId = :parentId', { kind: input.kind, parentId }).getRawOne<{ max: number | null }>();
    const code = await freeCode(manager, input.kind, parent ? `${parent.code}${PATH_SEPARATOR}${name}` : name);
    const saved = await saveGuarded(manager, manager.create(DictionaryOption, {
      kind: input.kind, code, name, parentId, sortOrder: Number(last?.max ?? 0) + 1, enabled: true,
    }));
    await audit(manager, actorOf(viewer), { action: 'create', entityType: 'dictionary_option', entityId: saved.id, changes: { kind: input.kind, code, name, parentId: parent?.id ?? null } });
    return viewOf(manager, saved);
  });
}

export interface UpdateOptionInput { name?: string | null; enabled?: boolean | null }

export async function updateDictionaryOption(db: DataSource | EntityManager, viewer: Viewer, rawId: string | number, input: UpdateOptionInput): Promise<OptionView> {
  const id = parseId(rawId, 'id');
  return inTransaction(db, async (manager) => {
    const option = await manager.findOneBy(DictionaryOption, { id });
    if (!option) throw notFound('Dictionary option');
    requireAdmin(viewer, option.kind);
    const changes: Record<string, [unknown, unknown]> = {};
    if (input.name !== undefined && input.name !== null) {
      const name = cleanName(input.name);
      if (name !== option.name) {
        await assertNameFree(manager, option.kind, option.parentId, name, option.id);
        changes.name = [option.name, name];
        option.name = name;
      }
    }
    if (input.enabled !== undefined && input.enabled !== null && input.enabled !== option.enabled) {
      changes.enabled = [option.enabled, input.enabled];
      option.enabled = input.enabled;
    }
    if (!Object.keys(changes).length) return viewOf(manager, option);
    const saved = await saveGuarded(manager, option);
    await audit(manager, actorOf(viewer), { action: 'update', entityType: 'dictionary_option', entityId: id, changes: { kind: option.kind, code: option.code, ...changes } });
    return viewOf(manager, saved);
  });
}

/** Puts the options under one parent (or the top level) in the given order; `ids` must list each of them once. */
export async function reorderDictionaryOptions(db: DataSource | EntityManager, viewer: Viewer, kind: string, rawParentId: string | number | null | undefined, rawIds: readonly (string | number)[]): Promise<OptionView[]> {
  if (!isKnownKind(kind)) throw badInput('kind', 'is not a dictionary');
  requireAdmin(viewer, kind);
  const parentId = rawParentId === undefined || rawParentId === null || rawParentId === '' ? 0 : parseId(rawParentId, 'parentId');
  const ids = rawIds.map((raw) => parseId(raw, 'ids'));
  return inTransaction(db, async (manager) => {
    const siblings = await manager.find(DictionaryOption, { where: { kind, parentId }, order: { sortOrder: 'ASC', id: 'ASC' } });
    const same = ids.length === siblings.length && new Set(ids).size === ids.length && siblings.every((s) => ids.includes(s.id));
    if (!same) throw badInput('ids', 'must list every option under this parent exactly once');
    const entries = [];
    for (const [index, id] of ids.entries()) {
      const option = siblings.find((s) => s.id === id)!;
      if (option.sortOrder === index + 1) continue;
      entries.push({ action: 'update', entityType: 'dictionary_option', entityId: id, changes: { kind, code: option.code, sortOrder: [option.sortOrder, index + 1] } });
      await manager.update(DictionaryOption, { id }, { sortOrder: index + 1 });
    }
    await audit(manager, actorOf(viewer), entries);
    return viewsOf(await optionRows(manager, [kind])).filter((o) => (o.parentId ?? 0) === parentId);
  });
}
