// Custom fields (自定义字段) as import columns: each enabled field of the module is a column of the template and the
// mapping (its label, or its key, as header), checked on every row by the same rules as a create through the API,
// and written with the row's record — values of created records in one insert per batch, audited with the import id.
import { EntityManager } from 'typeorm';
import { CustomField, CustomFieldValue } from '@/entities';
import { CustomFieldType } from '@/entities/custom-field.entity';
import { ImportModule } from '@/entities/import-job.entity';
import { audit } from '@/lib/audit/audit';
import { CleanValue, CustomValueChecker, customValueChecker, saveCustomValues, valueRows } from '@/lib/custom-field/values';
import { customFieldsOf } from '@/lib/custom-field/definitions';
import { ImportContext, ImportField, ImportModuleSpec, ImportRow } from './import-module';
import { reportMessage } from './messages';

const MODULE_OF: Partial<Record<ImportModule, string>> = { [ImportModule.CUSTOMER]: 'customer', [ImportModule.CONTACT]: 'contact', [ImportModule.LEAD]: 'lead' };
const PREFIX = 'custom.';
/** How a cell lists several choices: 、 or a comma or semicolon, full or half width. */
const CHOICE_SEPARATOR = /[、,，;；]/;

const EXAMPLES: Record<CustomFieldType, string> = {
  TEXT: '', LONG_TEXT: '', NUMBER: '100', MONEY: '10000.00', DATE: '2026-12-01', SINGLE_CHOICE: '', MULTI_CHOICE: '', USER: '',
};
const HINTS: Record<CustomFieldType, string> = {
  TEXT: '不超过 200 个字', LONG_TEXT: '不超过 2000 个字', NUMBER: '数字，最多 4 位小数', MONEY: '金额，最多 2 位小数', DATE: '日期，如 2026-12-01',
  SINGLE_CHOICE: '选项之一', MULTI_CHOICE: '一个或多个选项，用“、”分隔', USER: '用户名（或不重名的姓名）',
};

function columnOf(field: CustomField): ImportField {
  const options = field.dictionaryKind ? '（见 设置 › 自定义字段）' : '';
  return {
    key: `${PREFIX}${field.key}`, label: field.label, aliases: [field.key], kind: field.type === CustomFieldType.DATE ? 'date' : 'text',
    required: field.required, example: EXAMPLES[field.type], hint: `自定义字段：${HINTS[field.type]}${options}`,
  };
}

/** The module's import with a column per enabled custom field (unchanged for a module without any). */
export async function withCustomColumns<F>(manager: EntityManager, spec: ImportModuleSpec<F>): Promise<ImportModuleSpec<F>> {
  const module = MODULE_OF[spec.module];
  if (!module) return spec;
  const fields = await customFieldsOf(manager, module);
  return fields.length ? { ...spec, customModule: module, fields: [...spec.fields, ...fields.map(columnOf)] } : spec;
}

async function checkerOf(ctx: ImportContext, module: string): Promise<CustomValueChecker> {
  const key = `custom-fields:${module}`;
  if (!ctx.cache.has(key)) ctx.cache.set(key, await customValueChecker(ctx.reader, module));
  return ctx.cache.get(key) as CustomValueChecker;
}

/** The row's checked custom values (set by checkCustomColumns). */
const valuesOf = (row: ImportRow<unknown>) => (row.extra.custom ?? []) as CleanValue[];

/** Checks every row's custom cells (type, length, options, users); keeps the values for the write. */
export async function checkCustomColumns<F>(ctx: ImportContext, spec: ImportModuleSpec<F>, rows: ImportRow<F>[]) {
  if (!spec.customModule) return;
  const checker = await checkerOf(ctx, spec.customModule);
  const label = new Map(spec.fields.map((f) => [f.key, f.label]));
  for (const row of rows) {
    const inputs = checker.fields.flatMap((field) => {
      const cell = row.values[`${PREFIX}${field.key}`];
      if (cell === undefined || cell === null || cell === '') return [];
      const text = String(cell);
      return [field.type === CustomFieldType.MULTI_CHOICE ? { key: field.key, values: text.split(CHOICE_SEPARATOR) } : { key: field.key, value: text }];
    });
    const { values, errors } = await checker.check(inputs, false);
    for (const e of errors.entries()) row.errors.push({ column: label.get(`${PREFIX}${e.field.replace(/^customFields\./, '')}`) ?? e.field, message: reportMessage(e.message) });
    row.extra.custom = values;
  }
}

/**
 * A created record must fill the required custom fields the importer may write (`mayWrite`, from field
 * permissions); an updated one keeps what a blank cell leaves.
 */
export function requireCustomColumns<F>(spec: ImportModuleSpec<F>, rows: ImportRow<F>[], mayWrite: (key: string) => boolean) {
  if (!spec.customModule) return;
  const required = spec.fields.filter((f) => f.key.startsWith(PREFIX) && f.required && mayWrite(f.key));
  for (const row of rows.filter((r) => r.action === 'CREATE')) {
    for (const field of required) {
      const key = field.key.slice(PREFIX.length);
      if (row.errors.some((e) => e.column === field.label)) continue; // already reported: a value that is not valid
      if (!valuesOf(row).some((v) => v.field.key === key && (v.texts.length || v.number !== null || v.long !== null))) row.errors.push({ column: field.label, message: reportMessage('is required') });
    }
  }
}

const filled = (v: CleanValue) => v.texts.length > 0 || v.number !== null || v.long !== null;

/** Writes the custom values of the batch's created and updated records, audited with the import id. */
export async function writeCustomColumns<F>(manager: EntityManager, ctx: ImportContext, spec: ImportModuleSpec<F>, rows: ImportRow<F>[]) {
  if (!spec.customModule) return;
  const importId = ctx.job.id;
  const created = rows.filter((r) => r.action === 'CREATE' && r.targetId && valuesOf(r).some(filled));
  const inserts = created.flatMap((r) => valueRows(r.targetId!, valuesOf(r)));
  for (let i = 0; i < inserts.length; i += 1000) await manager.createQueryBuilder().insert().into(CustomFieldValue).values(inserts.slice(i, i + 1000)).updateEntity(false).execute();
  const entries = created.map((r) => ({
    action: 'update', entityType: spec.entityType, entityId: r.targetId!,
    changes: { ...Object.fromEntries(valuesOf(r).filter(filled).map((v) => [`custom.${v.field.key}`, [null, v.long ?? v.number ?? (v.texts.length > 1 ? v.texts : v.texts[0])]])), importId },
  }));
  for (const row of rows.filter((r) => r.action === 'UPDATE' && r.targetId)) {
    const changes = await saveCustomValues(manager, row.targetId!, valuesOf(row).filter(filled));
    if (Object.keys(changes).length) entries.push({ action: 'update', entityType: spec.entityType, entityId: row.targetId!, changes: { ...changes, importId } });
  }
  await audit(manager, ctx.actor, entries);
}
