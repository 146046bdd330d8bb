// The opportunity export (issue 12 item 2): the opportunity list's scoped query, stage and category by name, the
// customer named only when the viewer may read it.
import { In } from 'typeorm';
import { Opportunity, OpportunityStage } from '@/entities';
import { customExportColumns, withCustomValues } from '@/lib/custom-field/export-columns';
import { requireAccess } from '@/lib/access';
import { recordExport } from '@/lib/export/record-export';
import { OPPORTUNITY_CATEGORY_LABELS } from '@/lib/export/labels';
import { readableCustomerNames, userNames } from '@/lib/export/lookups';
import type { ExportColumn } from '@/lib/export/writers';
import { formatTime } from '@/lib/lead/lead-export.format';
import { OpportunityFilter, filteredOpportunities, readableOpportunities } from './opportunity.query';
import { OPPORTUNITY_TABLE } from './opportunity.tables';

interface Row { o: Opportunity; customer: { code: string; name: string } | undefined; stage: string; owner: string }

const text = (value: string | null | undefined) => value ?? '';

export const OPPORTUNITY_EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { header: '商机名称', width: 30, value: (r) => r.o.name },
  { header: '客户编号', width: 16, value: (r) => r.customer?.code ?? '' },
  { header: '客户名称', width: 30, value: (r) => r.customer?.name ?? '' },
  { header: '分类', width: 8, value: (r) => OPPORTUNITY_CATEGORY_LABELS[r.o.category] ?? r.o.category },
  { header: '阶段', width: 20, value: (r) => r.stage },
  { header: '金额', width: 14, value: (r) => r.o.amount },
  { header: '预计成交日期', width: 12, value: (r) => r.o.expectedCloseDate },
  { header: '意向类别', width: 12, value: (r) => text(r.o.intentCategory) },
  { header: '购买原因', width: 24, value: (r) => text(r.o.purchaseReason) },
  { header: '预算', width: 14, value: (r) => text(r.o.budget) },
  { header: '竞争对手', width: 24, value: (r) => text(r.o.competitors) },
  { header: '丢单原因', width: 24, value: (r) => text(r.o.lostReason) },
  { header: '负责人', width: 10, value: (r) => r.owner },
  { header: '最后进展时间', width: 17, value: (r) => formatTime(r.o.lastProgressAt) },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.o.createdAt) },
  { header: '更新时间', width: 17, value: (r) => formatTime(r.o.updatedAt) },
];

export const opportunityExport = recordExport<Opportunity, Row, OpportunityFilter>({
  module: 'opportunity', permission: 'opportunity:export', entityType: 'opportunity', label: '商机', alias: 'o', columns: OPPORTUNITY_EXPORT_COLUMNS,
  readable: (manager, viewer) => readableOpportunities(manager, viewer),
  matching: filteredOpportunities,
  requireReadable: (manager, viewer, ids) => requireAccess(manager, viewer, OPPORTUNITY_TABLE, ids, 'read'),
  dateFields: ['createdFrom', 'createdTo'],
  extraColumns: customExportColumns('opportunity'),
  toRows: async (manager, viewer, batch) => {
    const people = await userNames(manager, batch.map((o) => o.ownerId));
    const customers = await readableCustomerNames(manager, viewer, batch.map((o) => o.customerId));
    const stageIds = [...new Set(batch.map((o) => o.stageId))];
    const stages = new Map((stageIds.length ? await manager.findBy(OpportunityStage, { id: In(stageIds) }) : []).map((s) => [s.id, `${s.sort} ${s.name}`]));
    return withCustomValues(manager, 'opportunity', batch.map((o) => ({ o, customer: customers.get(o.customerId), stage: stages.get(o.stageId) ?? '', owner: people.get(o.ownerId) ?? '' })), (r) => r.o.id);
  },
});
