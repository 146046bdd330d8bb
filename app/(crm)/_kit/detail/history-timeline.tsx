'use client';
// A record's audit history card, newest first: per entry a headline (who did what), when, and its field changes.
import type { ReactNode } from 'react';
import { Card, Empty, Timeline, Typography } from 'antd';
import { formatDateTime } from '@/app/_lib/format';

interface Entry { id: string; action: string; createdAt: string }

interface Props<E extends Entry> {
  title: string;
  empty: string;
  entries: readonly E[];
  /** Timeline dot colour per action (gray otherwise). */
  colors: Record<string, string>;
  headline: (entry: E) => ReactNode;
  /** The entry's changes (ChangeLines with the module's readings). */
  changes: (entry: E) => ReactNode;
  testId: string;
  entryTestId: (entry: E) => string;
}

export function HistoryTimeline<E extends Entry>({ title, empty, entries, colors, headline, changes, testId, entryTestId }: Props<E>) {
  return (
    <Card size="small" title={title} data-testid={testId}>
      {entries.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> : (
        <Timeline
          items={entries.map((h) => ({
            key: h.id,
            color: colors[h.action] ?? 'gray',
            content: (
              <div data-testid={entryTestId(h)}>
                <Typography.Text strong>{headline(h)}</Typography.Text>
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(h.createdAt)}</Typography.Text></div>
                {changes(h)}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
