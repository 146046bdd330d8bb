'use client';
// The lead's audit history, newest first: who, what, when, before → after.
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { actionLabel, formatValue, peopleNames } from '@/app/_lib/history';
import { ChangeLines } from '../../../_kit/detail/change-lines';
import { HistoryTimeline } from '../../../_kit/detail/history-timeline';
import type { LeadDetail, LeadStatus } from '@/app/_lib/api/leads';
import { leadStatusLabel } from '../../_components/lead-labels';

const COLORS: Record<string, string> = { create: 'green', delete: 'red', transfer: 'blue', restore: 'green', convert: 'green' };
const STATUSES = new Set(['NEW', 'CONTACTED', 'QUALIFIED', 'CONVERTED', 'INVALID']);
// Record ids mean nothing to a reader; the page links the converted customer instead.
const HIDDEN_FIELDS = new Set(['customerId', 'contactId']);

export function LeadHistoryCard({ lead }: { lead: LeadDetail }) {
  const { t } = useI18n();
  const names = new Map<string, string>();
  for (const u of [lead.owner, lead.createdBy, ...lead.history.map((h) => h.actor)]) if (u) names.set(u.id, u.name);
  const userName = peopleNames(lead.history, (id) => names.get(id));
  const show = (tr: Translate, field: string, value: unknown) => (field === 'status' && typeof value === 'string' && STATUSES.has(value)
    ? leadStatusLabel(tr, value as LeadStatus)
    : field === 'nextContactAt' && typeof value === 'string' ? formatDateTime(value) : formatValue(tr, field, value, userName, 'lead'));

  return (
    <HistoryTimeline
      title={t('lead.history')} empty={t('lead.historyEmpty')} entries={lead.history} colors={COLORS}
      headline={(h) => t('lead.historyBy', { actor: h.actor?.name ?? t('common.system'), action: actionLabel(t, h.action) })}
      changes={(h) => <ChangeLines entityType="lead" changes={h.changes} hidden={HIDDEN_FIELDS} show={(field, value) => show(t, field, value)} />}
      testId="lead-history" entryTestId={(h) => `lead-history-${h.action}`}
    />
  );
}
