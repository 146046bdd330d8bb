// The contract export (issue 12 item 2): the contract list's scoped query with received and outstanding amounts;
// customer and opportunity named only when the viewer may read them.
import { Contract } from '@/entities';
import { customExportColumns, withCustomValues } from '@/lib/custom-field/export-columns';
import { requireAccess } from '@/lib/access';
import { recordExport } from '@/lib/export/record-export';
import { CONTRACT_STATUS_LABELS } from '@/lib/export/labels';
import { readableCustomerNames, userNames } from '@/lib/export/lookups';
import type { ExportColumn } from '@/lib/export/writers';
import { formatTime } from '@/lib/lead/lead-export.format';
import { findOpportunitiesByIds } from '@/lib/opportunity/opportunity.query';
import { ContractAmounts, ContractFilter, contractAmounts, matchingContracts, readableContracts } from './contract.query';
import { CONTRACT_TABLE } from './contract.tables';

interface Row { k: Contract; customer: { code: string; name: string } | undefined; opportunity: string; amounts: ContractAmounts | undefined; owner: string }

const text = (value: string | null | undefined) => value ?? '';

export const CONTRACT_EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { header: '合同编号', width: 16, value: (r) => r.k.code },
  { header: '合同标题', width: 30, value: (r) => r.k.title },
  { header: '客户编号', width: 16, value: (r) => r.customer?.code ?? '' },
  { header: '客户名称', width: 30, value: (r) => r.customer?.name ?? '' },
  { header: '商机', width: 24, value: (r) => r.opportunity },
  { header: '合同金额', width: 14, value: (r) => r.k.amount },
  { header: '已回款', width: 14, value: (r) => r.amounts?.received ?? '' },
  { header: '未回款', width: 14, value: (r) => r.amounts?.outstanding ?? '' },
  { header: '签约日期', width: 12, value: (r) => text(r.k.signDate) },
  { header: '开始日期', width: 12, value: (r) => text(r.k.startDate) },
  { header: '结束日期', width: 12, value: (r) => text(r.k.endDate) },
  { header: '状态', width: 8, value: (r) => CONTRACT_STATUS_LABELS[r.k.status] ?? r.k.status },
  { header: '负责人', width: 10, value: (r) => r.owner },
  { header: '审批通过时间', width: 17, value: (r) => formatTime(r.k.approvedAt) },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.k.createdAt) },
  { header: '备注', width: 40, value: (r) => text(r.k.remarks) },
];

export const contractExport = recordExport<Contract, Row, ContractFilter>({
  module: 'contract', permission: 'contract:export', entityType: 'contract', label: '合同', alias: 'k', columns: CONTRACT_EXPORT_COLUMNS,
  readable: readableContracts,
  matching: matchingContracts,
  requireReadable: (manager, viewer, ids) => requireAccess(manager, viewer, CONTRACT_TABLE, ids, 'read'),
  extraColumns: customExportColumns('contract'),
  toRows: async (manager, viewer, batch) => {
    const people = await userNames(manager, batch.map((k) => k.ownerId));
    const customers = await readableCustomerNames(manager, viewer, batch.map((k) => k.customerId));
    const opportunityIds = [...new Set(batch.map((k) => k.opportunityId).filter((id): id is number => id !== null))];
    const opportunities = new Map((await findOpportunitiesByIds(manager, viewer, opportunityIds)).map((o) => [o.id, o.name]));
    const amounts = await contractAmounts(manager, batch.map((k) => k.id));
    return withCustomValues(manager, 'contract', batch.map((k) => ({
      k, customer: customers.get(k.customerId), opportunity: k.opportunityId ? opportunities.get(k.opportunityId) ?? '' : '', amounts: amounts.get(k.id), owner: people.get(k.ownerId) ?? '',
    })), (r) => r.k.id);
  },
});
