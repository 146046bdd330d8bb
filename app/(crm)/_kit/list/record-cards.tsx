'use client';
// A list on a phone: one card per record (name first, the few fields that matter), more cards on demand.
import { Button, Card, Checkbox, Flex, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { CardSpec } from './columns';
import { textOf } from './text-of';

interface Props<Row extends { id: string }> {
  module: string;
  rows: Row[];
  card: CardSpec<Row>;
  rowTestId: (row: Row) => string;
  selection?: { selectedIds: string[]; selectable: (row: Row) => boolean; label: (row: Row) => string; toggle: (row: Row, on: boolean) => void };
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

export function RecordCards<Row extends { id: string }>({ module, rows, card, rowTestId, selection, hasMore, loadingMore, onLoadMore }: Props<Row>) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={8} data-testid={`${module}-cards`}>
      {rows.map((row) => (
        <Card key={row.id} size="small" styles={{ body: { padding: 12 } }} data-testid={rowTestId(row)}>
          <Flex gap={10} align="flex-start">
            {selection && (
              <Checkbox checked={selection.selectedIds.includes(row.id)} disabled={!selection.selectable(row)} aria-label={selection.label(row)}
                onChange={(e) => selection.toggle(row, e.target.checked)} style={{ marginTop: 2 }} />
            )}
            <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Flex justify="space-between" align="flex-start" gap={8}>
                <div style={{ minWidth: 0, fontWeight: 500, fontSize: 15, overflowWrap: 'anywhere' }}>{card.title(row)}</div>
                {card.extra && <div style={{ flex: 'none' }}>{card.extra(row)}</div>}
              </Flex>
              {card.lines(row).filter((line) => line !== null && line !== undefined && line !== false && line !== '').map((line, i) => (
                <Typography.Text key={i} type="secondary" style={{ fontSize: 13 }} ellipsis title={textOf(line) || undefined}>{line}</Typography.Text>
              ))}
            </Flex>
          </Flex>
        </Card>
      ))}
      {hasMore && <Button block loading={loadingMore} onClick={onLoadMore} data-testid={`${module}-load-more`}>{t('kit.loadMore')}</Button>}
    </Flex>
  );
}
