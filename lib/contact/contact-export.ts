// The contact export (issue 12 item 2): the contact list's scoped query; the customer is named only when the viewer
// may read it (a contact can be visible on its own, through its owner, while its customer is not).
import { Contact } from '@/entities';
import { customExportColumns, withCustomValues } from '@/lib/custom-field/export-columns';
import { requireAccess } from '@/lib/access';
import { CONTACT_TABLE } from '@/lib/customer/customer.tables';
import { recordExport } from '@/lib/export/record-export';
import { yesNo } from '@/lib/export/labels';
import { readableCustomerNames, userNames } from '@/lib/export/lookups';
import type { ExportColumn } from '@/lib/export/writers';
import { formatTime } from '@/lib/lead/lead-export.format';
import { ContactFilter, matchingContacts, readableContacts } from './contact.service';

interface Row { ct: Contact; customer: { code: string; name: string } | undefined; owner: string }

const text = (value: string | null | undefined) => value ?? '';

export const CONTACT_EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { header: '姓名', width: 10, value: (r) => r.ct.name },
  { header: '客户编号', width: 16, value: (r) => r.customer?.code ?? '' },
  { header: '客户名称', width: 30, value: (r) => r.customer?.name ?? '' },
  { field: 'department', header: '部门', width: 12, value: (r) => text(r.ct.department) },
  { field: 'position', header: '职务', width: 10, value: (r) => text(r.ct.position) },
  { field: 'mobile', header: '手机', width: 14, value: (r) => text(r.ct.mobile) },
  { field: 'phone', header: '电话', width: 16, value: (r) => text(r.ct.phone) },
  { field: 'email', header: '邮箱', width: 24, value: (r) => text(r.ct.email) },
  { field: 'wechat', header: '微信', width: 14, value: (r) => text(r.ct.wechat) },
  { field: 'birthday', header: '生日', width: 11, value: (r) => text(r.ct.birthday) },
  { header: '主联系人', width: 8, value: (r) => yesNo(r.ct.isPrimary) },
  { header: '负责人', width: 10, value: (r) => r.owner },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.ct.createdAt) },
  { header: '更新时间', width: 17, value: (r) => formatTime(r.ct.updatedAt) },
  { field: 'remarks', header: '备注', width: 40, value: (r) => text(r.ct.remarks) },
];

export const contactExport = recordExport<Contact, Row, ContactFilter>({
  module: 'contact', permission: 'contact:export', entityType: 'contact', label: '联系人', alias: 'ct', columns: CONTACT_EXPORT_COLUMNS,
  readable: (manager, viewer) => readableContacts(manager, viewer),
  matching: matchingContacts,
  requireReadable: (manager, viewer, ids) => requireAccess(manager, viewer, CONTACT_TABLE, ids, 'read'),
  dateFields: ['createdFrom', 'createdTo'],
  extraColumns: customExportColumns('contact'),
  toRows: async (manager, viewer, batch) => {
    const people = await userNames(manager, batch.map((c) => c.ownerId));
    const customers = await readableCustomerNames(manager, viewer, batch.map((c) => c.customerId));
    return withCustomValues(manager, 'contact', batch.map((ct) => ({ ct, customer: customers.get(ct.customerId), owner: ct.ownerId ? people.get(ct.ownerId) ?? '' : '' })), (r) => r.ct.id);
  },
});
