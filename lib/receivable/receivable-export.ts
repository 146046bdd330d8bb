// The receivable export (issue 12 item 2): the receivable list's scoped query (a receivable is visible exactly when
// its contract is), with the contract and, when readable, the customer.
import { In } from 'typeorm';
import { Contract, Receivable } from '@/entities';
import { notFound } from '@/lib/errors';
import { recordExport } from '@/lib/export/record-export';
import { RECEIVABLE_STATUS_LABELS } from '@/lib/export/labels';
import { readableCustomerNames, userNames } from '@/lib/export/lookups';
import type { ExportColumn } from '@/lib/export/writers';
import { formatTime } from '@/lib/lead/lead-export.format';
import { ReceivableFilter, matchingReceivables, readableReceivables } from './receivable.query';

interface Row { r: Receivable; contract: Contract | undefined; customer: { code: string; name: string } | undefined; recorder: string }

const text = (value: string | null | undefined) => value ?? '';

export const RECEIVABLE_EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { header: '回款编号', width: 16, value: (r) => r.r.code },
  { header: '合同编号', width: 16, value: (r) => r.contract?.code ?? '' },
  { header: '合同标题', width: 30, value: (r) => r.contract?.title ?? '' },
  { header: '客户名称', width: 30, value: (r) => r.customer?.name ?? '' },
  { header: '回款金额', width: 14, value: (r) => r.r.amount },
  { header: '回款日期', width: 12, value: (r) => r.r.receivedDate },
  { header: '回款方式', width: 10, value: (r) => text(r.r.method) },
  { header: '状态', width: 8, value: (r) => RECEIVABLE_STATUS_LABELS[r.r.status] ?? r.r.status },
  { header: '记录人', width: 10, value: (r) => r.recorder },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.r.createdAt) },
  { header: '备注', width: 40, value: (r) => text(r.r.remarks) },
];

export const receivableExport = recordExport<Receivable, Row, ReceivableFilter>({
  module: 'receivable', permission: 'receivable:export', entityType: 'receivable', label: '回款', alias: 'r', columns: RECEIVABLE_EXPORT_COLUMNS,
  readable: readableReceivables,
  matching: matchingReceivables,
  requireReadable: async (manager, viewer, ids) => {
    const rows = await (await readableReceivables(manager, viewer)).select('r.id', 'id').andWhere('r.id IN (:...ids)', { ids }).getRawMany<{ id: number }>();
    if (rows.length !== ids.length) throw notFound('Receivable');
  },
  toRows: async (manager, viewer, batch) => {
    const people = await userNames(manager, batch.map((r) => r.recordedById));
    const contractIds = [...new Set(batch.map((r) => r.contractId))];
    const contracts = new Map((await manager.findBy(Contract, { id: In(contractIds) })).map((k) => [k.id, k]));
    const customers = await readableCustomerNames(manager, viewer, [...contracts.values()].map((k) => k.customerId));
    return batch.map((r) => {
      const contract = contracts.get(r.contractId);
      return { r, contract, customer: contract ? customers.get(contract.customerId) : undefined, recorder: people.get(r.recordedById) ?? '' };
    });
  },
});
