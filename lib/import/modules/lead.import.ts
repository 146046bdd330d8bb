// Importing leads: every row through cleanLeadFields (the create rules; 已转化 only comes from a conversion). A lead
// with the same mobile (or, without one, the same e-mail) among the leads the importer can see is a duplicate —
// leads beyond their scope are never compared, so an import reveals nothing about them.
import { Brackets, EntityManager, In } from 'typeorm';
import { ImportRecord, Lead } from '@/entities';
import { ImportModule } from '@/entities/import-job.entity';
import { LeadStatus } from '@/entities/lead.entity';
import { hasPermission, idsInScope } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { LEAD_STATUS_LABELS } from '@/lib/export/labels';
import { readableLeads } from '@/lib/lead/lead.query';
import { LEAD_TABLE } from '@/lib/lead/lead.tables';
import { LeadFields, cleanLeadFields } from '@/lib/lead/lead.validation';
import { ImportField, ImportModuleSpec, ImportRow, present, withFieldRules } from '../import-module';

const { CONVERTED: _converted, ...SETTABLE } = LEAD_STATUS_LABELS;

const FIELDS: ImportField[] = [
  { key: 'name', label: '姓名', aliases: ['联系人', '联系人姓名', '客户姓名', 'name'], kind: 'text', required: true, example: '张伟' },
  { key: 'company', label: '公司', aliases: ['公司名称', '单位', '企业名称', 'company'], kind: 'text', example: '北京华信商贸有限公司' },
  { key: 'mobile', label: '手机', aliases: ['手机号', '手机号码', 'mobile'], kind: 'text', example: '13800138000', hint: '11 位手机号；与已有线索手机号相同即为重复' },
  { key: 'phone', label: '电话', aliases: ['座机', '办公电话', 'phone', 'tel'], kind: 'text', example: '010-62345678' },
  { key: 'email', label: '邮箱', aliases: ['电子邮箱', 'email', 'e-mail'], kind: 'text', example: 'zhangwei@example.cn' },
  { key: 'source', label: '来源', aliases: ['线索来源', 'source'], kind: 'text', example: '展会' },
  { key: 'address', label: '地址', aliases: ['详细地址', 'address'], kind: 'text', example: '北京市海淀区中关村大街1号' },
  { key: 'status', label: '状态', aliases: ['线索状态', 'status'], kind: { enum: SETTABLE }, example: '新线索', hint: '新线索、已联系、已确认 或 无效；留空为新线索' },
  { key: 'nextContactAt', label: '下次联系时间', aliases: ['下次联系', '下次跟进时间', 'nextcontact', 'nextcontactat'], kind: 'datetime', example: '2026-12-15 10:00', hint: '日期或日期时间，如 2026-12-15 10:00' },
  { key: 'owner', label: '负责人', aliases: ['负责人用户名', 'owner'], kind: 'text', example: '', hint: '用户名（或不重名的姓名）；选择“按负责人列”时使用，留空为导入人' },
  { key: 'remarks', label: '备注', aliases: ['remarks', 'note'], kind: 'text', example: '' },
];
const LEAD_KEYS = FIELDS.map((f) => f.key).filter((k) => k !== 'owner');
const EDITABLE = LEAD_KEYS.filter((k) => k !== 'name');

type Row = ImportRow<LeadFields>;
const keyOf = (fields: LeadFields) => (fields.mobile ? `m:${fields.mobile}` : fields.email ? `e:${fields.email.toLowerCase()}` : null);

async function check(manager: EntityManager, ctx: Parameters<ImportModuleSpec['check']>[1], rows: Row[]) {
  const clean = rows.filter((r) => !r.errors.length);
  const mobiles = clean.map((r) => r.fields.mobile).filter((m): m is string => !!m);
  const emails = clean.filter((r) => !r.fields.mobile && r.fields.email).map((r) => r.fields.email!);
  const existing = mobiles.length || emails.length ? await (await readableLeads(manager, ctx.viewer)).andWhere(new Brackets((w) => {
    if (mobiles.length) w.orWhere('l.mobile IN (:...mobiles)', { mobiles });
    if (emails.length) w.orWhere('l.email IN (:...emails)', { emails });
  })).getMany() : [];
  const byKey = new Map<string, Lead>();
  for (const lead of existing) for (const key of [lead.mobile ? `m:${lead.mobile}` : null, lead.email ? `e:${lead.email.toLowerCase()}` : null]) if (key && !byKey.has(key)) byKey.set(key, lead);
  const updating = ctx.job.options.duplicates === 'UPDATE' && hasPermission(ctx.viewer, 'lead:update');
  const writable = updating ? await idsInScope(manager, ctx.viewer, LEAD_TABLE, existing.map((l) => l.id), 'write') : new Set<number>();
  for (const row of clean) {
    const key = keyOf(row.fields);
    const same = key ? byKey.get(key) : undefined;
    if (!same) row.action = 'CREATE';
    else if (writable.has(same.id) && same.status !== LeadStatus.CONVERTED) { row.action = 'UPDATE'; row.targetId = same.id; }
    else { row.action = 'DUPLICATE'; row.duplicate = `已有线索“${same.name}${same.company ? `（${same.company}）` : ''}”使用此${key!.startsWith('m:') ? '手机号' : '邮箱'}`; }
  }
}

async function write(manager: EntityManager, ctx: Parameters<ImportModuleSpec['write']>[1], rows: Row[]) {
  const importId = ctx.job.id;
  const creates = rows.filter((r) => r.action === 'CREATE');
  for (const row of creates) {
    const lead = await manager.save(manager.create(Lead, { ...row.fields, status: row.fields.status ?? LeadStatus.NEW, ownerId: row.ownerId ?? ctx.viewer.userId, createdById: ctx.viewer.userId }));
    row.targetId = lead.id;
  }
  if (creates.length) {
    await audit(manager, ctx.actor, creates.map((r) => ({
      action: 'create', entityType: 'lead', entityId: r.targetId!, changes: { ...r.fields, status: r.fields.status ?? LeadStatus.NEW, ownerId: r.ownerId, importId },
    })));
  }
  for (const row of rows.filter((r) => r.action === 'UPDATE')) {
    const existing = await manager.findOneByOrFail(Lead, { id: row.targetId! });
    const patch = present(row.fields as Record<string, unknown>, EDITABLE) as Partial<Lead>;
    const changes = diff(existing, patch);
    if (!Object.keys(changes).length) continue;
    await manager.update(Lead, { id: existing.id }, patch);
    await audit(manager, ctx.actor, { action: 'update', entityType: 'lead', entityId: existing.id, changes: { ...changes, importId } });
  }
  const written = rows.filter((r) => (r.action === 'CREATE' || r.action === 'UPDATE') && r.targetId);
  if (written.length) {
    await manager.createQueryBuilder().insert().into(ImportRecord).values(written.map((r) => ({ importId, entityId: r.targetId!, entityType: 'lead', action: r.action })))
      .orIgnore().updateEntity(false).execute();
  }
}

export const leadImport: ImportModuleSpec<LeadFields> = {
  module: ImportModule.LEAD, entity: Lead, entityType: 'lead', dictionaryTable: 'lead', label: '线索', permission: 'lead:import', updatePermission: 'lead:update',
  fields: FIELDS, ownerModule: 'lead',
  clean(row) {
    const input = present(row.values, LEAD_KEYS) as LeadFields;
    row.fields = withFieldRules(this, row, () => cleanLeadFields(input, true)) ?? input;
  },
  check,
  key: (row) => keyOf(row.fields),
  write,
  removable: (manager, viewer, ids) => idsInScope(manager, viewer, LEAD_TABLE, ids, 'write'),
  async remove(manager, ctx, ids) {
    await manager.update(Lead, { id: In(ids) }, { deletedAt: new Date(), deletedById: ctx.viewer.userId });
    await audit(manager, ctx.actor, ids.map((id) => ({ action: 'delete', entityType: 'lead', entityId: id, changes: { undoImportId: ctx.job.id } })));
  },
};
