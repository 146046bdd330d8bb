'use client';
// The activity log of a contract, its payment plans and receivables (audit entries, newest first), each change on a
// line with its field's label (custom fields by theirs).
import { Empty, Flex, Typography } from 'antd';
import { hasMessage, type Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { formatValue, peopleNames } from '@/app/_lib/history';
import { ChangeLines } from '../../../_kit/detail/change-lines';
import type { HistoryEntry } from '@/app/_lib/api/contracts';

const label = (t: Translate, key: string, fallback: string) => (hasMessage(key) ? t(key) : fallback);

export function ContractHistory({ t, entries }: { t: Translate; entries: HistoryEntry[] }) {
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  const userName = peopleNames(entries);
  return (
    <Flex vertical data-testid="contract-history">
      {entries.map((e, i) => (
        <div key={e.id} style={{ padding: '8px 0', borderTop: i ? '1px solid #f0f0f0' : undefined }}>
          <Typography.Text>
            {e.actor?.name ?? '—'} · {label(t, `history.action.${e.action}`, e.action)} · {label(t, `history.entity.${e.entityType}`, e.entityType)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>{formatDateTime(e.createdAt)}</Typography.Text>
          {e.changes && <ChangeLines entityType={e.entityType} changes={e.changes} show={(field, value) => formatValue(t, field, value, userName, e.entityType)} />}
        </div>
      ))}
    </Flex>
  );
}
