// The data dictionaries (数据字典) an administrator maintains (seed 000 系统数据字典维护, seed 002 操作手册 §4, seed 004
// 基础数据维护), and which record columns hold their values. A custom field's own options live in `field:<id>`.
export interface DictionaryKind {
  kind: string;
  /** The name shown to API users; the UI translates `dictionary.kind.<kind>`. */
  name: string;
  /** Options form a tree (region: province → city). */
  tree?: boolean;
  /**
   * Record fields (entity properties) that hold a code of this dictionary: checked on every write. `suggest` fields stay free text
   * (a lost opportunity's reason is the salesperson's own words; the dictionary offers the usual ones).
   */
  fields: { table: string; field: string; suggest?: boolean }[];
}

export const DICTIONARY_KINDS: DictionaryKind[] = [
  { kind: 'customer_source', name: '客户来源', fields: [{ table: 'customer', field: 'source' }, { table: 'lead', field: 'source' }] },
  { kind: 'industry', name: '行业', fields: [{ table: 'customer', field: 'industry' }] },
  { kind: 'region', name: '地区', tree: true, fields: [{ table: 'customer', field: 'region' }] },
  { kind: 'followup_method', name: '跟进方式', fields: [{ table: 'follow_up', field: 'method' }] },
  { kind: 'opportunity_intent', name: '跟单意向', fields: [{ table: 'opportunity', field: 'intentCategory' }] },
  { kind: 'loss_reason', name: '丢单原因', fields: [{ table: 'opportunity', field: 'lostReason', suggest: true }] },
  { kind: 'payment_method', name: '付款方式', fields: [{ table: 'payment_plan', field: 'method' }, { table: 'receivable', field: 'method' }] },
  { kind: 'contract_type', name: '合同类型', fields: [] },
  { kind: 'service_type', name: '服务类型', fields: [] },
  { kind: 'expense_type', name: '费用类型', fields: [] },
];

export const FIELD_KIND_PREFIX = 'field:';
/** The private dictionary of a custom choice field's own options. */
export const fieldKind = (fieldId: number) => `${FIELD_KIND_PREFIX}${fieldId}`;

export const builtinKind = (kind: string) => DICTIONARY_KINDS.find((k) => k.kind === kind) ?? null;
export const isKnownKind = (kind: string) => !!builtinKind(kind) || /^field:\d{1,9}$/.test(kind);
export const isTreeKind = (kind: string) => !!builtinKind(kind)?.tree;

/** Tree codes are paths: a city's code is `<province code>/<city name>`. */
export const PATH_SEPARATOR = '/';
