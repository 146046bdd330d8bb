// Reads audit entries for display: `changes` is JSON, `{ field: [before, after] }` for updates and a summary
// object for other actions.
import { hasMessage, type MessageKey, type Translate } from './i18n/catalog';

export interface ChangeLine { field: string; before?: unknown; after?: unknown; value?: unknown; changed: boolean }

export function parseChanges(json: string | null | undefined): ChangeLine[] {
  if (!json) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return [];
  return Object.entries(parsed as Record<string, unknown>).map(([field, v]) => (Array.isArray(v) && v.length === 2
    ? { field, before: v[0], after: v[1], changed: true }
    : { field, value: v, changed: false }));
}

const USER_FIELDS = new Set(['ownerId', 'userId', 'headId', 'createdById', 'actorId']);
const ENUM_PREFIX: Record<string, string> = { type: 'customer.type.', level: 'customer.level.', dealStatus: 'customer.deal.', status: 'user.status.', reason: 'pool.reason.' };

/** A value as a person reads it: blanks as a dash, booleans as yes/no, enum codes and user ids by name. */
export function formatValue(t: Translate, field: string, value: unknown, userName: (id: string) => string | undefined): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (USER_FIELDS.has(field) && (typeof value === 'number' || typeof value === 'string')) {
    return userName(String(value)) ?? t('common.unknownUser', { id: String(value) });
  }
  const enumKey = `${ENUM_PREFIX[field] ?? ''}${String(value)}`;
  if (ENUM_PREFIX[field] && hasMessage(enumKey)) return t(enumKey);
  if (Array.isArray(value)) return value.map((v) => formatValue(t, field, v, userName)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A field's label for the entity type, or the raw name when the catalogue has none. */
export function fieldLabel(t: Translate, entityType: string, field: string): string {
  const key = `${entityType}.field.${field}`;
  return hasMessage(key) ? t(key as MessageKey) : field;
}

/** "action" label: history.action.<action>, else the raw action code. */
export function actionLabel(t: Translate, action: string): string {
  const key = `history.action.${action}`;
  return hasMessage(key) ? t(key as MessageKey) : action;
}
