// Reads audit entries for display: `changes` is JSON, `{ field: [before, after] }` for updates and a summary
// object for other actions.
import { hasMessage, type MessageKey, type Translate } from './i18n/catalog';
import { formatDateTime } from './format';
import { USER_ID_KEYS } from '@/lib/audit/audit-people';

export interface ChangeLine { field: string; before?: unknown; after?: unknown; value?: unknown; changed: boolean }

/** A lookup of the names an entry's `people` gives (user ids in its changes), with names known on the page as fallback. */
export function peopleNames(entries: readonly { people?: readonly { id: string; name: string }[] | null }[], known: (id: string) => string | undefined = () => undefined) {
  const names = new Map(entries.flatMap((e) => (e.people ?? []).map((p) => [p.id, p.name] as const)));
  return (id: string) => names.get(id) ?? known(id);
}

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

const ENUM_PREFIX: Record<string, string> = {
  type: 'customer.type.', level: 'customer.level.', dealStatus: 'customer.deal.', status: 'user.status.', reason: 'pool.reason.',
  approvalStatus: 'approval.status.', category: 'opportunity.category.', intentCategory: 'opportunity.category.', priority: 'task.priority.',
};
/** Fields whose value names a record type (customer, contract, …). */
const TYPE_FIELDS = new Set(['entityType', 'relatedType', 'parentType', 'targetType']);
const ENUM_CODE = /^[A-Z][A-Z0-9_]*$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** An enum code's label: the entity's own (`contract.status.APPROVED`), else the field's usual one; null when none is known. */
function enumLabel(t: Translate, entityType: string | undefined, field: string, value: string): string | null {
  if (!ENUM_CODE.test(value)) return null;
  const own = entityType ? `${entityType}.${field}.${value}` : '';
  if (own && hasMessage(own)) return t(own);
  const shared = `${ENUM_PREFIX[field] ?? ''}${value}`;
  return ENUM_PREFIX[field] && hasMessage(shared) ? t(shared) : null;
}

/**
 * A value as a person reads it: blanks as a dash, booleans as yes/no, enum codes and user ids by name, times in the
 * company's zone, and a summary object (`{ customers: 3, contacts: 2 }`) as labelled parts instead of JSON.
 * `entityType` lets enum codes and nested keys use the entity's own labels.
 */
export function formatValue(t: Translate, field: string, value: unknown, userName: (id: string) => string | undefined, entityType?: string): string {
  if (value === null || value === undefined || value === '') return t('common.none');
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (USER_ID_KEYS.has(field) && (typeof value === 'number' || typeof value === 'string')) {
    return userName(String(value)) ?? t('common.unknownUser', { id: String(value) });
  }
  if (typeof value === 'string') {
    if (TYPE_FIELDS.has(field) && hasMessage(`entity.${value}`)) return t(`entity.${value}` as MessageKey);
    const label = enumLabel(t, entityType, field, value);
    if (label) return label;
    if (ISO_TIME.test(value)) return formatDateTime(value);
  }
  if (Array.isArray(value)) return value.map((v) => formatValue(t, field, v, userName, entityType)).join(t('common.listSeparator'));
  if (typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>).map(([key, v]) =>
      `${fieldLabel(t, entityType ?? '', key)} ${formatValue(t, key, v, userName, entityType)}`);
    return parts.length ? parts.join(t('common.listSeparator')) : t('common.none');
  }
  return String(value);
}

/** A field's label for the entity type, else the label shared by audit entries (`audit.field.*`), else the raw name. */
export function fieldLabel(t: Translate, entityType: string, field: string): string {
  const key = `${entityType}.field.${field}`;
  if (hasMessage(key)) return t(key);
  const shared = `audit.field.${field}`;
  return hasMessage(shared) ? t(shared) : field;
}

/** "action" label: history.action.<action>, else the raw action code. */
export function actionLabel(t: Translate, action: string): string {
  const key = `history.action.${action}`;
  return hasMessage(key) ? t(key as MessageKey) : action;
}
