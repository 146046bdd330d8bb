// The follow-up export (issue 12 item 2): the follow-up list's scoped query (a follow-up is visible exactly when its
// parent record is), with the parent's name — readable by that same rule — and the author.
import { EntityManager, In } from 'typeorm';
import { Contact, Contract, Customer, FollowUp, Lead, Opportunity } from '@/entities';
import { requireRecordAccess } from '@/lib/access';
import { recordExport } from '@/lib/export/record-export';
import { RECORD_TYPE_LABELS, yesNo } from '@/lib/export/labels';
import { dictionaryIndex } from '@/lib/dictionary/dictionary.query';
import { userNames } from '@/lib/export/lookups';
import type { ExportColumn } from '@/lib/export/writers';
import { formatTime } from '@/lib/lead/lead-export.format';
import { FollowUpFilter, filteredFollowUps, readableFollowUps } from './followup.query';
import { FOLLOW_UP_TYPE } from './followup.tables';

interface Row { f: FollowUp; parent: string; author: string; method: string }

const text = (value: string | null | undefined) => value ?? '';

export const FOLLOW_UP_EXPORT_COLUMNS: ExportColumn<Row>[] = [
  { header: '跟进对象', width: 8, value: (r) => RECORD_TYPE_LABELS[r.f.parentType] ?? r.f.parentType },
  { header: '对象名称', width: 30, value: (r) => r.parent },
  { header: '主题', width: 10, value: (r) => r.f.subject },
  { header: '方式', width: 8, value: (r) => r.method },
  { header: '访问对象', width: 16, value: (r) => text(r.f.participants) },
  { header: '目的', width: 30, value: (r) => r.f.objective },
  { header: '结果', width: 30, value: (r) => r.f.result },
  { header: '下一步计划', width: 30, value: (r) => text(r.f.nextStep) },
  { header: '发生时间', width: 17, value: (r) => formatTime(r.f.occurredAt) },
  { header: '下次联系时间', width: 17, value: (r) => formatTime(r.f.nextContactAt) },
  { header: '实质性沟通', width: 8, value: (r) => yesNo(r.f.substantive) },
  { header: '记录人', width: 10, value: (r) => r.author },
  { header: '创建时间', width: 17, value: (r) => formatTime(r.f.createdAt) },
];

/** The display name of each parent, by `type:id` (the follow-ups are visible, so their parents are too). */
async function parentNames(manager: EntityManager, batch: FollowUp[]): Promise<Map<string, string>> {
  const sources: Record<string, [new () => object, (row: never) => string]> = {
    customer: [Customer, (c: Customer) => c.name], contact: [Contact, (c: Contact) => c.name], lead: [Lead, (l: Lead) => (l.company ? `${l.name}（${l.company}）` : l.name)],
    opportunity: [Opportunity, (o: Opportunity) => o.name], contract: [Contract, (k: Contract) => `${k.code} ${k.title}`],
  };
  const names = new Map<string, string>();
  for (const [type, [entity, name]] of Object.entries(sources)) {
    const ids = [...new Set(batch.filter((f) => f.parentType === type).map((f) => f.parentId))];
    if (!ids.length) continue;
    for (const row of await manager.findBy(entity, { id: In(ids) } as never) as { id: number }[]) names.set(`${type}:${row.id}`, name(row as never));
  }
  return names;
}

export const followUpExport = recordExport<FollowUp, Row, FollowUpFilter>({
  module: 'followup', permission: 'followup:export', entityType: 'followup', label: '跟进记录', alias: 'f', columns: FOLLOW_UP_EXPORT_COLUMNS,
  readable: (manager, viewer) => readableFollowUps(manager, viewer),
  matching: (manager, viewer, filter) => filteredFollowUps(manager, viewer, filter, 'count'),
  requireReadable: (manager, viewer, ids) => requireRecordAccess(manager, viewer, FOLLOW_UP_TYPE, ids, 'read'),
  dateFields: ['from', 'to'],
  toRows: async (manager, _viewer, batch) => {
    const people = await userNames(manager, batch.map((f) => f.authorId));
    const parents = await parentNames(manager, batch);
    // The method by its option's name in the 跟进方式 dictionary (renamed or disabled ones too).
    const methods = await dictionaryIndex(manager, 'followup_method');
    return batch.map((f) => ({ f, parent: parents.get(`${f.parentType}:${f.parentId}`) ?? '', author: people.get(f.authorId) ?? '', method: methods.label(f.method) ?? '' }));
  },
});
