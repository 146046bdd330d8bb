'use client';
// The lead's audit history, newest first: who, what, when, before → after.
import { Card, Empty, Timeline, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { actionLabel, formatValue, peopleNames } from '@/app/_lib/history';
import { ChangeLines } from '../../../_kit/detail/change-lines';
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
    <Card size="small" title={t('lead.history')} data-testid="lead-history">
      {lead.history.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('lead.historyEmpty')} /> : (
        <Timeline
          items={lead.history.map((h) => ({
            key: h.id,
            color: COLORS[h.action] ?? 'gray',
            content: (
              <div data-testid={`lead-history-${h.action}`}>
                <Typography.Text strong>{t('lead.historyBy', { actor: h.actor?.name ?? t('common.system'), action: actionLabel(t, h.action) })}</Typography.Text>
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(h.createdAt)}</Typography.Text></div>
                <ChangeLines entityType="lead" changes={h.changes} hidden={HIDDEN_FIELDS} show={(field, value) => show(t, field, value)} />
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
