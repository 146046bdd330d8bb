'use client';
// The customer's audit history (its own entries and its contacts'), newest first: who, what, when, before → after.
import Link from 'next/link';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { actionLabel, formatValue, peopleNames } from '@/app/_lib/history';
import { ChangeLines } from '../../../_kit/detail/change-lines';
import { HistoryTimeline } from '../../../_kit/detail/history-timeline';
import type { CustomerDetail, HistoryEntry } from '@/app/_lib/api/customers';

// The customer itself is the page; its id in a contact's entry says nothing.
const HIDDEN = new Set(['customerId']);
const COLORS: Record<string, string> = { create: 'green', delete: 'red', transfer: 'blue', restore: 'green' };

export function HistoryCard({ customer }: { customer: CustomerDetail }) {
  const { t } = useI18n();
  // Names we already know on this page, for user ids inside recorded changes.
  const names = new Map<string, string>();
  for (const u of [customer.owner, customer.createdBy, ...customer.team.map((m) => m.user), ...customer.history.map((h) => h.actor)]) {
    if (u) names.set(u.id, u.name);
  }
  const userName = peopleNames(customer.history, (id) => names.get(id));
  const contactName = new Map(customer.contacts.map((c) => [c.id, c.name]));
  const leadName = new Map(customer.sourceLeads.map((l) => [l.id, l.name]));
  // A contact made from a lead names the lead and links to it; a lead the viewer cannot see is not named.
  const show = (h: HistoryEntry) => (field: string, value: unknown) => {
    if (field !== 'fromLeadId' || value === null || value === undefined) return formatValue(t, field, value, userName, h.entityType);
    const name = leadName.get(String(value));
    return name ? <Link href={`/leads/${String(value)}`} data-testid={`history-lead-${String(value)}`}>{name}</Link> : t('history.lead.hidden');
  };

  const describe = (h: HistoryEntry) => {
    const entity = t(`history.entity.${h.entityType}` as MessageKey);
    const target = h.entityType === 'contact' && h.entityId && contactName.get(h.entityId) ? ` ${contactName.get(h.entityId)}` : '';
    return t('history.by', { actor: h.actor?.name ?? t('common.system'), action: actionLabel(t, h.action), entity: entity + target });
  };

  return (
    <HistoryTimeline
      title={t('detail.history')} empty={t('history.empty')} entries={customer.history} colors={COLORS} headline={describe}
      changes={(h) => <ChangeLines entityType={h.entityType} changes={h.changes} hidden={HIDDEN} show={show(h)} />}
      testId="customer-history" entryTestId={(h) => `history-entry-${h.id}`}
    />
  );
}
