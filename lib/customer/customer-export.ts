// The customer export (issue 12 item 2): the list's scoped query, one row per customer with display values. The
// headers are the import template's, so an exported file imports again.
import { Customer } from '@/entities';
import { requireAccess } from '@/lib/access';
import { dictionaryIndex } from '@/lib/dictionary/dictionary.query';
import { recordExport } from '@/lib/export/record-export';
import { CUSTOMER_LEVEL_LABELS, CUSTOMER_TYPE_LABELS, DEAL_STATUS_LABELS, yesNo } from '@/lib/export/labels';
import { userDepartments, userNames } from '@/lib/export/lookups';
import type { ExportColumn } from '@/lib/export/writers';
import { formatTime } from '@/lib/lead/lead-export.format';
import { CustomerFilter, matchingCustomers, readableCustomers } from './customer.query';
import { CUSTOMER_TABLE } from './customer.tables';
import { customExportColumns, withCustomValues } from '@/lib/custom-field/export-columns';

/** `option`: a dictionary field's stored code as its option's name (a region as 省 / 市), so the file imports again. */
interface Row { c: Customer; owner: string; department: string; createdBy: string; option: (kind: string, code: string | null) => string }

const text = (value: string | null | undefined) => value ?? '';

export const CUSTOMER_EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { header: '客户编号', width: 16, value: (r) => r.c.code },
  { header: '客户名称', width: 30, value: (r) => r.c.name },
  { header: '客户类型', width: 10, value: (r) => CUSTOMER_TYPE_LABELS[r.c.type] ?? r.c.type },
  { header: '客户级别', width: 8, value: (r) => CUSTOMER_LEVEL_LABELS[r.c.level] ?? r.c.level },
  { field: 'industry', header: '行业', width: 12, value: (r) => r.option('industry', r.c.industry) },
  { field: 'source', header: '来源', width: 12, value: (r) => r.option('customer_source', r.c.source) },
  { field: 'region', header: '地区', width: 10, value: (r) => r.option('region', r.c.region) },
  { field: 'address', header: '地址', width: 30, value: (r) => text(r.c.address) },
  { field: 'postcode', header: '邮编', width: 8, value: (r) => text(r.c.postcode) },
  { field: 'profile', header: '公司概况', width: 30, value: (r) => text(r.c.profile) },
  { field: 'contactName', header: '联系人', width: 10, value: (r) => text(r.c.contactName) },
  { field: 'contactPosition', header: '职务', width: 10, value: (r) => text(r.c.contactPosition) },
  { field: 'mobile', header: '手机', width: 14, value: (r) => text(r.c.mobile) },
  { field: 'phone', header: '电话', width: 16, value: (r) => text(r.c.phone) },
  { field: 'email', header: '邮箱', width: 24, value: (r) => text(r.c.email) },
  { field: 'website', header: '网址', width: 24, value: (r) => text(r.c.website) },
  { header: '成交状态', width: 8, value: (r) => DEAL_STATUS_LABELS[r.c.dealStatus] ?? r.c.dealStatus },
  { header: '锁定', width: 6, value: (r) => yesNo(r.c.locked) },
  { header: '负责人', width: 10, value: (r) => r.owner },
  { header: '所属部门', width: 12, value: (r) => r.department },
  { header: '创建人', width: 10, value: (r) => r.createdBy },
  { header: '最后跟进时间', width: 17, value: (r) => formatTime(r.c.lastFollowUpAt) },
  { header: '下次跟进时间', width: 17, value: (r) => formatTime(r.c.nextFollowUpAt) },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.c.createdAt) },
  { header: '更新时间', width: 17, value: (r) => formatTime(r.c.updatedAt) },
  { field: 'remarks', header: '备注', width: 40, value: (r) => text(r.c.remarks) },
];

export const customerExport = recordExport<Customer, Row, CustomerFilter>({
  module: 'customer', permission: 'customer:export', entityType: 'customer', label: '客户', alias: 'c', columns: CUSTOMER_EXPORT_COLUMNS,
  readable: (manager, viewer) => readableCustomers(manager, viewer),
  matching: matchingCustomers,
  requireReadable: (manager, viewer, ids) => requireAccess(manager, viewer, CUSTOMER_TABLE, ids, 'read'),
  dateFields: ['createdFrom', 'createdTo', 'updatedFrom', 'updatedTo'],
  extraColumns: customExportColumns('customer'),
  toRows: async (manager, _viewer, batch) => {
    const people = await userNames(manager, batch.flatMap((c) => [c.ownerId, c.createdById]));
    const departments = await userDepartments(manager, batch.map((c) => c.ownerId));
    const indexes = new Map(await Promise.all(['industry', 'customer_source', 'region'].map(async (kind) => [kind, await dictionaryIndex(manager, kind)] as const)));
    const option = (kind: string, code: string | null) => indexes.get(kind)?.label(code) ?? '';
    return withCustomValues(manager, 'customer', batch.map((c) => ({
      c, option, owner: c.ownerId ? people.get(c.ownerId) ?? '' : '公海', department: c.ownerId ? departments.get(c.ownerId) ?? '' : '', createdBy: people.get(c.createdById) ?? '',
    })), (r) => r.c.id);
  },
});
