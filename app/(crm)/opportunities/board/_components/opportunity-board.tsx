'use client';
// The pipeline board: one column per stage with its count and exact amount sum (computed by the server over your
// scope and the filter) and the most recently updated cards. Columns scroll sideways inside their container;
// every card links to its opportunity.
import { useState } from 'react';
import Link from 'next/link';
import { Badge, Card, Empty, Flex, Space, Tooltip, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { BOARD_QUERY, type Board, type BoardColumn, type OpportunityFilter, type OpportunityRow } from '@/app/_lib/api/opportunities';
import { CategoryTag, formatMoney, overdueDays } from '../../_components/opportunity-labels';
import { OpportunityFilters } from '../../_components/opportunity-filters';
import { OpportunityViews } from '../../_components/opportunity-views';

const CARDS = 20;
const COLUMN_WIDTH = 264;

function OpportunityCard({ row }: { row: OpportunityRow }) {
  const { t } = useI18n();
  const due = overdueDays(row.followUpDueAt) !== null;
  return (
    <Link href={`/opportunities/${row.id}`} data-testid={`board-card-${row.id}`} style={{ display: 'block' }}>
      <Card size="small" hoverable styles={{ body: { padding: 10 } }}>
        <Flex justify="space-between" gap={6} align="flex-start">
          <Typography.Text strong ellipsis={{ tooltip: row.name }} style={{ maxWidth: 170 }}>{row.name}</Typography.Text>
          <CategoryTag t={t} category={row.category} />
        </Flex>
        <Typography.Text type="secondary" ellipsis style={{ display: 'block', fontSize: 12 }}>{row.customer?.name ?? '—'}</Typography.Text>
        <Flex justify="space-between" align="center" style={{ marginTop: 6 }}>
          <Typography.Text style={{ fontSize: 13 }}>{formatMoney(row.amount)}</Typography.Text>
          <Space size={4}>
            {due && <Tooltip title={t('opportunity.dueBadge')}><Badge status="warning" /></Tooltip>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.expectedCloseDate}</Typography.Text>
          </Space>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.owner?.name ?? '—'}</Typography.Text>
      </Card>
    </Link>
  );
}

function Column({ column }: { column: BoardColumn }) {
  const { t } = useI18n();
  const hidden = column.count - column.cards.length;
  return (
    <div style={{ flex: `0 0 ${COLUMN_WIDTH}px`, background: '#f5f5f5', borderRadius: 8, padding: 8, display: 'flex', flexDirection: 'column' }} data-testid={`board-column-${column.stage.sort}`}>
      <div style={{ padding: '2px 4px 8px' }}>
        <Flex justify="space-between" align="baseline" gap={6}>
          <Typography.Text strong ellipsis={{ tooltip: column.stage.name }}>{column.stage.sort} · {column.stage.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>{column.stage.probability}%</Typography.Text>
        </Flex>
        <Flex justify="space-between" style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" data-testid={`board-count-${column.stage.sort}`}>{column.count}</Typography.Text>
          <Typography.Text data-testid={`board-amount-${column.stage.sort}`}>{formatMoney(column.amount)}</Typography.Text>
        </Flex>
      </div>
      <Space orientation="vertical" size={8} style={{ width: '100%', overflowY: 'auto', maxHeight: 'calc(100vh - 330px)', minHeight: 80 }}>
        {column.cards.map((row) => <OpportunityCard key={row.id} row={row} />)}
        {!column.count && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunity.emptyColumn')} styles={{ image: { height: 32 } }} />}
        {hidden > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('opportunity.cardsMore', { count: hidden })}</Typography.Text>}
      </Space>
    </div>
  );
}

export function OpportunityBoardView() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<OpportunityFilter>({});
  const { data, error, isLoading } = useQuery(BOARD_QUERY, { filter, cards: CARDS }, { keepPreviousData: true });
  const board = data?.opportunityBoard;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="opportunity-board">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('opportunity.board.title')}</Typography.Title>
          <OpportunityViews current="board" />
        </Space>
        {board && <Typography.Text type="secondary" data-testid="board-total">{t('opportunity.boardTotal', { count: board.totalCount, amount: formatMoney(board.totalAmount) })}</Typography.Text>}
      </Flex>
      <Card size="small"><OpportunityFilters onChange={setFilter} /></Card>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      {/* Columns scroll sideways inside this container, never the page. */}
      <div style={{ overflowX: 'auto', width: '100%', paddingBottom: 8 }} data-testid="board-scroll">
        <div style={{ display: 'flex', gap: 12, alignItems: 'stretch', width: 'max-content', opacity: isLoading ? 0.6 : 1 }}>
          {(board?.columns ?? []).map((column) => <Column key={column.stage.id} column={column} />)}
        </div>
      </div>
    </Space>
  );
}
