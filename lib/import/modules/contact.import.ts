// Importing contacts: each row names its customer by code or exact name (a customer the importer may not change is
// refused as createContact refuses it; one they cannot even see answers like one that does not exist), then goes
// through cleanContactFields (the create rules). The same name twice under one customer is a duplicate; a mobile
// already used elsewhere is flagged. The contact belongs to the customer's owner, as createContact makes it.
import { Brackets, EntityManager, In, IsNull } from 'typeorm';
import { Contact, Customer, ImportRecord } from '@/entities';
import { ImportModule } from '@/entities/import-job.entity';
import { hasPermission, idsInScope } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { ContactFields, cleanContactFields, readableContacts } from '@/lib/contact/contact.service';
import { CONTACT_OWNER_TABLE, CONTACT_TABLE, CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { describeHolder, mobilesInUse } from '@/lib/duplicate/mobile-usage';
import { normalizeName } from '@/lib/text';
import { ImportField, ImportModuleSpec, ImportRow, present, withFieldRules } from '../import-module';

const FIELDS: ImportField[] = [
  { key: 'customerCode', label: '客户编号', aliases: ['客户代码', 'customercode'], kind: 'text', example: 'KH202612010001', hint: '客户编号或客户名称至少填一个；编号优先' },
  { key: 'customerName', label: '客户名称', aliases: ['所属客户', '客户', '公司名称', 'customer', 'customername', 'company'], kind: 'text', example: '北京华信商贸有限公司', hint: '须与客户名称完全一致' },
  { key: 'name', label: '姓名', aliases: ['联系人', '联系人姓名', 'name', 'contactname'], kind: 'text', required: true, example: '张伟' },
  { key: 'department', label: '部门', aliases: ['所在部门', 'department'], kind: 'text', example: '信息中心' },
  { key: 'position', label: '职务', aliases: ['职位', 'position', 'title'], kind: 'text', example: '主任' },
  { key: 'mobile', label: '手机', aliases: ['手机号', '手机号码', 'mobile'], kind: 'text', example: '13800138000', hint: '11 位手机号' },
  { key: 'phone', label: '电话', aliases: ['座机', '办公电话', 'phone', 'tel'], kind: 'text', example: '010-62345678' },
  { key: 'email', label: '邮箱', aliases: ['电子邮箱', 'email', 'e-mail'], kind: 'text', example: 'zhangwei@example.cn' },
  { key: 'wechat', label: '微信', aliases: ['微信号', 'wechat'], kind: 'text', example: 'zhangwei_bj' },
  { key: 'birthday', label: '生日', aliases: ['出生日期', 'birthday'], kind: 'date', example: '1985-06-18', hint: '日期，如 1985-06-18 或 1985/6/18' },
  { key: 'isPrimary', label: '主联系人', aliases: ['是否主联系人', 'primary'], kind: 'bool', example: '是', hint: '是 或 否' },
  { key: 'remarks', label: '备注', aliases: ['remarks', 'note'], kind: 'text', example: '' },
];
const CONTACT_KEYS = ['name', 'department', 'position', 'mobile', 'phone', 'email', 'wechat', 'birthday', 'isPrimary', 'remarks'];
const EDITABLE = CONTACT_KEYS.filter((k) => k !== 'name' && k !== 'isPrimary');

type Row = ImportRow<ContactFields>;
const customerOf = (row: Row) => row.extra.customer as Customer | undefined;

/** The customers the rows name, by code first, then by exact name (then by the name's key when one customer has it). */
async function findCustomers(manager: EntityManager, rows: Row[]) {
  const codes = [...new Set(rows.map((r) => r.values.customerCode).filter((v): v is string => typeof v === 'string'))];
  const names = [...new Set(rows.map((r) => r.values.customerName).filter((v): v is string => typeof v === 'string'))];
  const found = codes.length || names.length ? await manager.createQueryBuilder(Customer, 'c').where('c.deletedAt IS NULL').andWhere(new Brackets((w) => {
    if (codes.length) w.orWhere('c.code IN (:...codes)', { codes });
    if (names.length) w.orWhere('c.name IN (:...names)', { names }).orWhere('c.nameKey IN (:...keys)', { keys: names.map(normalizeName) });
  })).getMany() : [];
  const byCode = new Map(found.map((c) => [c.code, c]));
  const byName = new Map(found.map((c) => [c.name, c]));
  const byKey = new Map(found.map((c) => [c.nameKey, c]));
  return (row: Row) => {
    const code = row.values.customerCode as string | undefined;
    const name = row.values.customerName as string | undefined;
    return code ? byCode.get(code) : name ? byName.get(name) ?? byKey.get(normalizeName(name)) : undefined;
  };
}

async function check(manager: EntityManager, ctx: Parameters<ImportModuleSpec['check']>[1], rows: Row[]) {
  const lookup = await findCustomers(manager, rows);
  const candidates = [...new Set(rows.map(lookup).filter((c): c is Customer => !!c).map((c) => c.id))];
  const readable = await idsInScope(manager, ctx.viewer, CUSTOMER_TABLE, candidates, 'read');
  const writable = await idsInScope(manager, ctx.viewer, CUSTOMER_TABLE, candidates, 'write');
  for (const row of rows) {
    if (!row.values.customerCode && !row.values.customerName) { row.errors.push({ column: '客户编号', message: '须填写客户编号或客户名称' }); continue; }
    const customer = lookup(row);
    const column = row.values.customerCode ? '客户编号' : '客户名称';
    if (!customer || !readable.has(customer.id)) row.errors.push({ column, message: '客户不存在' });
    else if (!writable.has(customer.id)) row.errors.push({ column, message: '您无权在该客户下添加联系人' });
    else row.extra.customer = customer;
  }
  const clean = rows.filter((r) => !r.errors.length);
  const ids = [...new Set(clean.map((r) => customerOf(r)!.id))];
  const existing = ids.length ? await (await readableContacts(manager, ctx.viewer)).andWhere('ct.customerId IN (:...ids)', { ids }).getMany() : [];
  const byKey = new Map(existing.map((c) => [`${c.customerId}:${normalizeName(c.name)}`, c]));
  const updating = ctx.job.options.duplicates === 'UPDATE' && hasPermission(ctx.viewer, 'contact:update');
  const contactWritable = updating ? await idsInScope(manager, ctx.viewer, CONTACT_TABLE, existing.map((c) => c.id), 'write') : new Set<number>();
  const mobiles = await mobilesInUse(manager, clean.map((r) => r.fields.mobile).filter((m): m is string => !!m));
  for (const row of clean) {
    const customer = customerOf(row)!;
    const same = byKey.get(`${customer.id}:${normalizeName(row.fields.name!)}`);
    if (!same) row.action = 'CREATE';
    else if (contactWritable.has(same.id)) { row.action = 'UPDATE'; row.targetId = same.id; }
    else { row.action = 'DUPLICATE'; row.duplicate = `客户 ${customer.code} 下已有联系人“${same.name}”`; }
    const others = (mobiles.get(row.fields.mobile ?? '') ?? []).filter((h) => h.customerId !== customer.id);
    if (others.length) row.warnings.push({ column: '手机', message: `手机号已被使用：${others.slice(0, 3).map(describeHolder).join('；')}` });
  }
}

async function write(manager: EntityManager, ctx: Parameters<ImportModuleSpec['write']>[1], rows: Row[]) {
  const importId = ctx.job.id;
  for (const row of rows.filter((r) => r.action === 'CREATE')) {
    const customer = customerOf(row)!;
    if (row.fields.isPrimary) await manager.update(Contact, { customerId: customer.id }, { isPrimary: false });
    const contact = await manager.save(manager.create(Contact, { ...row.fields, isPrimary: !!row.fields.isPrimary, customerId: customer.id, ownerId: customer.ownerId, createdById: ctx.viewer.userId }));
    row.targetId = contact.id;
    await audit(manager, ctx.actor, { action: 'create', entityType: 'contact', entityId: contact.id, changes: { customerId: customer.id, ...row.fields, importId } });
  }
  for (const row of rows.filter((r) => r.action === 'UPDATE')) {
    const existing = await manager.findOneByOrFail(Contact, { id: row.targetId! });
    const patch = present(row.fields as Record<string, unknown>, EDITABLE) as Partial<Contact>;
    const changes = diff(existing, patch);
    if (!Object.keys(changes).length) continue;
    await manager.update(Contact, { id: existing.id }, patch);
    await audit(manager, ctx.actor, { action: 'update', entityType: 'contact', entityId: existing.id, changes: { ...changes, importId } });
  }
  const written = rows.filter((r) => (r.action === 'CREATE' || r.action === 'UPDATE') && r.targetId);
  if (written.length) {
    await manager.createQueryBuilder().insert().into(ImportRecord).values(written.map((r) => ({ importId, entityId: r.targetId!, entityType: 'contact', action: r.action })))
      .orIgnore().updateEntity(false).execute();
  }
}

export const contactImport: ImportModuleSpec<ContactFields> = {
  module: ImportModule.CONTACT, entity: Contact, entityType: 'contact', label: '联系人', permission: 'contact:import', updatePermission: 'contact:update',
  fields: FIELDS, ownerModule: null,
  clean(row) {
    const input = present(row.values, CONTACT_KEYS) as ContactFields;
    row.fields = withFieldRules(this, row, () => cleanContactFields(input, true)) ?? input;
  },
  check,
  key: (row) => (customerOf(row) ? `${customerOf(row)!.id}:${normalizeName(row.fields.name ?? '')}` : null),
  write,
  removable: (manager, viewer, ids) => idsInScope(manager, viewer, CONTACT_OWNER_TABLE, ids, 'write'),
  async remove(manager, ctx, ids) {
    await manager.update(Contact, { id: In(ids), deletedAt: IsNull() }, { deletedAt: new Date(), deletedById: ctx.viewer.userId });
    await audit(manager, ctx.actor, ids.map((id) => ({ action: 'delete', entityType: 'contact', entityId: id, changes: { undoImportId: ctx.job.id } })));
  },
};
