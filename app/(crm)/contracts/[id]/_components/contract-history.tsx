'use client';
// The activity log of a contract, its payment plans and receivables (audit entries, newest first).
import { Empty, Flex, Typography } from 'antd';
import { hasMessage, type Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import type { HistoryEntry } from '@/app/_lib/api/contracts';

const label = (t: Translate, key: string, fallback: string) => (hasMessage(key) ? t(key) : fallback);

/** A short readable form of the recorded changes: `field: before → after` for updates, key values otherwise. */
function summary(changes: string | null): string {
  if (!changes) return '';
  try {
    const parsed = JSON.parse(changes) as Record<string, unknown>;
    return Object.entries(parsed)
      .filter(([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => (Array.isArray(v) && v.length === 2 && typeof v[0] !== 'object' ? `${k}: ${String(v[0] ?? '—')} → ${String(v[1] ?? '—')}` : `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`))
      .join('；');
  } catch {
    return changes;
  }
}

export function ContractHistory({ t, entries }: { t: Translate; entries: HistoryEntry[] }) {
  if (!entries.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <Flex vertical data-testid="contract-history">
      {entries.map((e, i) => (
        <div key={e.id} style={{ padding: '8px 0', borderTop: i ? '1px solid #f0f0f0' : undefined }}>
          <Typography.Text>
            {e.actor?.name ?? '—'} · {label(t, `history.action.${e.action}`, e.action)} · {label(t, `history.entity.${e.entityType}`, e.entityType)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>{formatDateTime(e.createdAt)}</Typography.Text>
          {e.changes && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ margin: '2px 0 0', fontSize: 12 }}>{summary(e.changes)}</Typography.Paragraph>}
        </div>
      ))}
    </Flex>
  );
}
