// The server's description of each module's fields that field permissions (字段权限, SPEC 2.2) can act on: one
// place that the GraphQL layer, list filters and sorts, exports, audit views and writes all read. A field listed
// here can be hidden, shown masked or made read-only per role; anything else (ids, names, codes, owners, status)
// always follows the record's own scope. Other field metadata (custom fields, the data dictionary) registers here
// too through `registerFields`, so a new field is covered everywhere at once.

/** How a masked value is shown: a mobile as 138****5678, an e-mail as z***@example.com, … */
export type MaskKind = 'mobile' | 'phone' | 'email' | 'idNumber' | 'text';

export interface FieldDescription {
  /** The entity property, the GraphQL field, the filter/input key and the key in audit changes. */
  key: string;
  label: string;
  labelEn: string;
  mask: MaskKind;
}

/** Modules whose records have permission-controlled fields, with the GraphQL object types that show them. */
export const FIELD_MODULES = {
  customer: { types: ['Customer'], label: '客户', labelEn: 'Customers' },
  contact: { types: ['Contact'], label: '联系人', labelEn: 'Contacts' },
  lead: { types: ['Lead'], label: '线索', labelEn: 'Leads' },
} as const;
export type FieldModule = keyof typeof FIELD_MODULES;

export const isFieldModule = (value: unknown): value is FieldModule => typeof value === 'string' && Object.hasOwn(FIELD_MODULES, value);

const f = (key: string, label: string, labelEn: string, mask: MaskKind = 'text'): FieldDescription => ({ key, label, labelEn, mask });

const registry: Record<FieldModule, FieldDescription[]> = {
  customer: [
    f('industry', '行业', 'Industry'), f('source', '来源', 'Source'), f('region', '地区', 'Region'),
    f('address', '地址', 'Address'), f('postcode', '邮编', 'Postcode'), f('profile', '公司概况', 'Profile'),
    f('contactName', '联系人', 'Contact name'), f('contactPosition', '职务', 'Contact position'),
    f('mobile', '手机', 'Mobile', 'mobile'), f('phone', '电话', 'Phone', 'phone'), f('email', '邮箱', 'E-mail', 'email'),
    f('website', '网址', 'Website'), f('remarks', '备注', 'Remarks'),
  ],
  contact: [
    f('department', '部门', 'Department'), f('position', '职务', 'Position'),
    f('mobile', '手机', 'Mobile', 'mobile'), f('phone', '电话', 'Phone', 'phone'), f('email', '邮箱', 'E-mail', 'email'),
    f('wechat', '微信', 'WeChat'), f('birthday', '生日', 'Birthday'), f('remarks', '备注', 'Remarks'),
  ],
  lead: [
    f('company', '公司', 'Company'), f('mobile', '手机', 'Mobile', 'mobile'), f('phone', '电话', 'Phone', 'phone'),
    f('email', '邮箱', 'E-mail', 'email'), f('source', '来源', 'Source'), f('address', '地址', 'Address'), f('remarks', '备注', 'Remarks'),
  ],
};

/** The permission-controlled fields of a module (empty for a module without any). */
export const moduleFields = (module: string): readonly FieldDescription[] => (isFieldModule(module) ? registry[module] : []);

export const fieldOf = (module: string, key: string): FieldDescription | undefined => moduleFields(module).find((d) => d.key === key);

/** Adds fields to a module (custom fields); a key already there is replaced. */
export function registerFields(module: FieldModule, fields: readonly FieldDescription[]) {
  const keys = new Set(fields.map((d) => d.key));
  registry[module] = [...registry[module].filter((d) => !keys.has(d.key)), ...fields];
}

/** The module whose fields a GraphQL object type shows, if any. */
export function moduleOfType(typeName: string): FieldModule | undefined {
  return (Object.keys(FIELD_MODULES) as FieldModule[]).find((m) => (FIELD_MODULES[m].types as readonly string[]).includes(typeName));
}
