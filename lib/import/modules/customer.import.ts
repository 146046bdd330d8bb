// Importing customers: every row through cleanCustomerFields (the create rules), its name key against the database
// (holdersOfNameKeys: near-duplicates included) and the file; a duplicate is updated only within the write scope and
// with customer:update, else skipped naming the existing code and owner (查重's fields). Creates are numbered in one
// block per batch and inserted together, each audited with the import id like createCustomer audits.
import { EntityManager, In } from 'typeorm';
import { Contact, Customer, ImportRecord, User } from '@/entities';
import { CustomerLevel, CustomerType, DealStatus } from '@/entities/customer.entity';
import { ImportModule } from '@/entities/import-job.entity';
import { hasPermission, idsInScope } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { CUSTOMER_OWNER_TABLE, CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { CustomerFields, cleanCustomerFields } from '@/lib/customer/customer.validation';
import { holdersOfNameKeys } from '@/lib/customer/name-key';
import { deleteWithCustomers } from '@/lib/customer/customer.service';
import { describeHolder, mobilesInUse } from '@/lib/duplicate/mobile-usage';
import { CUSTOMER_LEVEL_LABELS, CUSTOMER_TYPE_LABELS } from '@/lib/export/labels';
import { nextNumbers } from '@/lib/numbering/numbering.service';
import { normalizeName } from '@/lib/text';
import { reindexRecords } from '@/lib/search/search-index';
import { ImportField, ImportModuleSpec, ImportRow, present, withFieldRules } from '../import-module';

const FIELDS: ImportField[] = [
  { key: 'name', label: '客户名称', aliases: ['客户全称', '公司名称', '企业名称', '单位名称', '名称', 'customer', 'customername', 'company', 'companyname', 'name'], kind: 'text', required: true, example: '北京华信商贸有限公司', hint: '法定全称，不用简称；与已有客户同名（忽略空格、括号和“有限公司”等）即为重复' },
  { key: 'type', label: '客户类型', aliases: ['类型', 'type'], kind: { enum: CUSTOMER_TYPE_LABELS }, example: '直接客户', hint: '直接客户 或 分销商；留空为直接客户' },
  { key: 'level', label: '客户级别', aliases: ['级别', '客户等级', 'level'], kind: { enum: CUSTOMER_LEVEL_LABELS }, example: '普通', hint: '核心、高成长 或 普通；留空为普通' },
  { key: 'industry', label: '行业', aliases: ['所属行业', 'industry'], kind: 'text', example: '批发零售', hint: '数据字典“行业”中的选项' },
  { key: 'source', label: '来源', aliases: ['客户来源', 'source'], kind: 'text', example: '展会', hint: '数据字典“客户来源”中的选项' },
  { key: 'region', label: '地区', aliases: ['区域', '所在地区', '省份', 'region'], kind: 'text', example: '北京市', hint: '数据字典“地区”中的省份或城市，如 广东省/广州市' },
  { key: 'address', label: '地址', aliases: ['详细地址', '公司地址', 'address'], kind: 'text', example: '北京市海淀区中关村大街1号' },
  { key: 'postcode', label: '邮编', aliases: ['邮政编码', 'postcode', 'zip', 'zipcode'], kind: 'text', example: '100080', hint: '6 位数字' },
  { key: 'profile', label: '公司概况', aliases: ['概况', '简介', '公司简介', 'profile'], kind: 'text', example: '商贸企业，员工约200人', hint: '不超过 50 个字' },
  { key: 'contactName', label: '联系人', aliases: ['联系人姓名', '主联系人', 'contact', 'contactname'], kind: 'text', example: '张伟' },
  { key: 'contactPosition', label: '职务', aliases: ['联系人职务', '职位', 'position', 'title'], kind: 'text', example: '采购经理' },
  { key: 'mobile', label: '手机', aliases: ['手机号', '手机号码', '移动电话', 'mobile', 'cellphone'], kind: 'text', example: '13800138000', hint: '11 位手机号；已被其他客户或联系人使用时会提示' },
  { key: 'phone', label: '电话', aliases: ['座机', '固定电话', '办公电话', '联系电话', 'phone', 'tel', 'telephone'], kind: 'text', example: '010-62345678' },
  { key: 'email', label: '邮箱', aliases: ['电子邮箱', '邮件', 'email', 'e-mail', 'mail'], kind: 'text', example: 'zhangwei@example.cn' },
  { key: 'website', label: '网址', aliases: ['网站', '主页', '官网', 'website', 'url'], kind: 'text', example: 'www.example.cn' },
  { key: 'owner', label: '负责人', aliases: ['负责人用户名', '所属人', 'owner'], kind: 'text', example: '', hint: '用户名（或不重名的姓名）；选择“按负责人列”时使用，留空为导入人' },
  { key: 'remarks', label: '备注', aliases: ['说明', 'remarks', 'note', 'notes'], kind: 'text', example: '' },
];

const EDITABLE = ['type', 'level', 'industry', 'source', 'region', 'address', 'postcode', 'profile', 'contactName', 'contactPosition', 'mobile', 'phone', 'email', 'website', 'remarks'];

type Row = ImportRow<CustomerFields>;

async function check(manager: EntityManager, ctx: Parameters<ImportModuleSpec['check']>[1], rows: Row[]) {
  const clean = rows.filter((r) => !r.errors.length);
  const holders = await holdersOfNameKeys(manager, clean.map((r) => normalizeName(r.fields.name!)));
  const owners = new Map((await manager.find(User, { select: { id: true, name: true }, where: { id: In([...new Set([...holders.values()].map((c) => c.ownerId ?? 0))]) } })).map((u) => [u.id, u.name]));
  const updating = ctx.job.options.duplicates === 'UPDATE' && hasPermission(ctx.viewer, 'customer:update');
  const writable = updating ? await idsInScope(manager, ctx.viewer, CUSTOMER_TABLE, [...holders.values()].map((c) => c.id), 'write') : new Set<number>();
  const mobiles = await mobilesInUse(manager, clean.map((r) => r.fields.mobile).filter((m): m is string => !!m));
  for (const row of clean) {
    const holder = holders.get(normalizeName(row.fields.name!));
    if (!holder) row.action = 'CREATE';
    else if (writable.has(holder.id)) { row.action = 'UPDATE'; row.targetId = holder.id; }
    else {
      row.action = 'DUPLICATE';
      row.duplicate = `已存在客户 ${holder.code} ${holder.name}（负责人 ${holder.ownerId ? owners.get(holder.ownerId) ?? '' : '公海'}）`;
    }
    const others = (mobiles.get(row.fields.mobile ?? '') ?? []).filter((h) => h.customerId !== row.targetId);
    if (others.length) row.warnings.push({ column: '手机', message: `手机号已被使用：${others.slice(0, 3).map(describeHolder).join('；')}` });
  }
}

async function write(manager: EntityManager, ctx: Parameters<ImportModuleSpec['write']>[1], rows: Row[]) {
  const importId = ctx.job.id;
  const creates = rows.filter((r) => r.action === 'CREATE');
  if (creates.length) {
    const codes = await nextNumbers(manager, 'customer', creates.length);
    const values = creates.map((r, i) => ({
      ...r.fields, type: r.fields.type ?? CustomerType.DIRECT, level: r.fields.level ?? CustomerLevel.NORMAL, nameKey: normalizeName(r.fields.name!),
      code: codes[i], ownerId: r.ownerId ?? ctx.viewer.userId, createdById: ctx.viewer.userId, dealStatus: DealStatus.NONE, locked: false,
    }));
    await manager.createQueryBuilder().insert().into(Customer).values(values).updateEntity(false).execute();
    const ids = new Map((await manager.find(Customer, { select: { id: true, code: true }, where: { code: In(codes) } })).map((c) => [c.code, c.id]));
    creates.forEach((r, i) => { r.targetId = ids.get(codes[i]); });
    // A query-builder insert names no entities for the search index's subscriber: index the new rows here.
    await reindexRecords(manager, 'customer', [...ids.values()]);
    await audit(manager, ctx.actor, creates.map((r, i) => ({
      action: 'create', entityType: 'customer', entityId: r.targetId!, changes: { ...r.fields, code: codes[i], ownerId: values[i].ownerId, importId },
    })));
  }
  for (const row of rows.filter((r) => r.action === 'UPDATE')) {
    const existing = await manager.findOneByOrFail(Customer, { id: row.targetId! });
    // Blank cells leave a field as it is; the name is how the row found the customer, so it stays too.
    const patch = present(row.fields as Record<string, unknown>, EDITABLE) as CustomerFields;
    const changes = diff(existing, patch);
    if (Object.keys(changes).length) {
      await manager.update(Customer, { id: existing.id }, patch);
      await audit(manager, ctx.actor, { action: 'update', entityType: 'customer', entityId: existing.id, changes: { ...changes, importId } });
    }
  }
  const written = rows.filter((r) => (r.action === 'CREATE' || r.action === 'UPDATE') && r.targetId);
  if (written.length) {
    await manager.createQueryBuilder().insert().into(ImportRecord).values(written.map((r) => ({ importId, entityId: r.targetId!, entityType: 'customer', action: r.action })))
      .orIgnore().updateEntity(false).execute();
  }
}

export const customerImport: ImportModuleSpec<CustomerFields> = {
  module: ImportModule.CUSTOMER, entity: Customer, entityType: 'customer', dictionaryTable: 'customer', label: '客户', permission: 'customer:import', updatePermission: 'customer:update',
  fields: FIELDS, ownerModule: 'customer',
  clean(row) {
    const input = present(row.values, FIELDS.map((f) => f.key).filter((k) => k !== 'owner')) as CustomerFields;
    row.fields = withFieldRules(this, row, () => cleanCustomerFields(input, true)) ?? input;
  },
  check,
  key: (row) => normalizeName(row.fields.name!),
  write,
  removable: (manager, viewer, ids) => idsInScope(manager, viewer, CUSTOMER_OWNER_TABLE, ids, 'write'),
  async remove(manager, ctx, ids) {
    const now = new Date();
    await manager.update(Customer, { id: In(ids) }, { deletedAt: now, deletedById: ctx.viewer.userId, nameKey: null });
    await deleteWithCustomers(manager, Contact, ids, now, ctx.viewer.userId);
    await audit(manager, ctx.actor, ids.map((id) => ({ action: 'delete', entityType: 'customer', entityId: id, changes: { undoImportId: ctx.job.id } })));
  },
};
