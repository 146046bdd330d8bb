'use client';
// The pipeline board: one column per stage with its count, exact amount sum and weighted amount (computed over your
// scope and the filter) and the most recently updated cards; the lost (stage 0) column stands last, after won.
// Editors drag a card to another stage the card's category allows — the stage bar's rules, confirmed the same way;
// a card dropped on a stage its category refuses stays where it was, and a message names the rule.
// Columns scroll sideways inside their container; every card links to its opportunity.
import { useState } from 'react';
import Link from 'next/link';
import { App, Badge, Card, Empty, Flex, Space, Tooltip, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { BOARD_QUERY, STAGES_QUERY, UPDATE_OPPORTUNITY, type BoardColumn, type OpportunityFilter, type OpportunityRow, type Stage } from '@/app/_lib/api/opportunities';
import { CategoryTag, formatMoney, overdueDays, stageLabel, stagesFor, sumMoney } from '../../_components/opportunity-labels';
import { OpportunityFilters } from '../../_components/opportunity-filters';
import { OpportunityViews } from '../../_components/opportunity-views';

const CARDS = 20;
const COLUMN_WIDTH = 264;

/** amount × probability %, to the cent (half up), from the exact decimal string. */
export function weighted(amount: string, probability: number): string {
  const [whole, fraction = ''] = amount.replace(/^-/, '').split('.');
  const cents = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  const result = (cents * BigInt(Math.round(probability)) + 50n) / 100n;
  return `${amount.startsWith('-') ? '-' : ''}${result / 100n}.${String(result % 100n).padStart(2, '0')}`;
}

/** Stages in pipeline order with the lost column (stage 0) after the won one. */
const boardOrder = (columns: BoardColumn[]) => [...columns].sort((a, b) => (a.stage.sort === 0 ? 1 : 0) - (b.stage.sort === 0 ? 1 : 0) || a.stage.sort - b.stage.sort);

interface Drag { row: OpportunityRow; allowed: Set<string> }

/** The stage rule of each open category (SPEC 3.5), as the server words it when it refuses a stage. */
const RULES: Partial<Record<OpportunityRow['category'], MessageKey>> = { SHORT_TERM: 'server.opp.shortStage', MID_TERM: 'server.opp.midStage', LONG_TERM: 'server.opp.longStage' };

function OpportunityCard({ row, draggable, onDragStart, onDragEnd }: { row: OpportunityRow; draggable: boolean; onDragStart: () => void; onDragEnd: () => void }) {
  const { t } = useI18n();
  const due = overdueDays(row.followUpDueAt) !== null;
  return (
    <Link
      href={`/opportunities/${row.id}`} data-testid={`board-card-${row.id}`} style={{ display: 'block', cursor: draggable ? 'grab' : undefined }}
      draggable={draggable} onDragStart={(e) => { e.dataTransfer.setData('text/plain', row.id); e.dataTransfer.effectAllowed = 'move'; onDragStart(); }} onDragEnd={onDragEnd}
    >
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

interface ColumnProps {
  column: BoardColumn; drag: Drag | null; canDrag: (row: OpportunityRow) => boolean; onDrag: (row: OpportunityRow | null) => void;
  onDrop: (stage: Stage) => void; onRefuse: (stage: Stage) => void;
}

function Column({ column, drag, canDrag, onDrag, onDrop, onRefuse }: ColumnProps) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const hidden = column.count - column.cards.length;
  const elsewhere = !!drag && drag.row.stage.id !== column.stage.id;
  const target = !!drag && elsewhere && drag.allowed.has(column.stage.id);
  return (
    <div
      style={{
        flex: `0 0 ${COLUMN_WIDTH}px`, background: over && target ? '#e6f4ff' : '#f5f5f5', borderRadius: 8, padding: 8, display: 'flex', flexDirection: 'column',
        outline: target ? '2px dashed #1677ff' : undefined, opacity: drag && !target && drag.row.stage.id !== column.stage.id ? 0.55 : 1,
      }}
      data-testid={`board-column-${column.stage.sort}`} data-drop-target={target ? 'yes' : undefined}
      // Refused columns take the drop too (dimmed, not highlighted), so the drop can say why the card stays.
      onDragOver={(e) => { if (elsewhere) { e.preventDefault(); e.dataTransfer.dropEffect = 'move'; setOver(target); } }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => { e.preventDefault(); setOver(false); if (target) onDrop(column.stage); else if (elsewhere) onRefuse(column.stage); }}
    >
      <div style={{ padding: '2px 4px 8px' }}>
        <Flex justify="space-between" align="baseline" gap={6}>
          <Typography.Text strong ellipsis={{ tooltip: column.stage.name }}>{column.stage.sort} · {column.stage.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>{column.stage.probability}%</Typography.Text>
        </Flex>
        <Flex justify="space-between" style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" data-testid={`board-count-${column.stage.sort}`}>{column.count}</Typography.Text>
          <Typography.Text data-testid={`board-amount-${column.stage.sort}`}>{formatMoney(column.amount)}</Typography.Text>
        </Flex>
        <Flex justify="flex-end" style={{ fontSize: 12 }}>
          <Typography.Text type="secondary" data-testid={`board-weighted-${column.stage.sort}`}>{t('daily.board.weighted', { amount: formatMoney(weighted(column.amount, column.stage.probability)) })}</Typography.Text>
        </Flex>
      </div>
      <Space orientation="vertical" size={8} style={{ width: '100%', overflowY: 'auto', maxHeight: 'calc(100vh - 330px)', minHeight: 80 }}>
        {column.cards.map((row) => (
          <OpportunityCard key={row.id} row={row} draggable={canDrag(row)} onDragStart={() => onDrag(row)} onDragEnd={() => onDrag(null)} />
        ))}
        {!column.count && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('opportunity.emptyColumn')} styles={{ image: { height: 32 } }} />}
        {hidden > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('opportunity.cardsMore', { count: hidden })}</Typography.Text>}
      </Space>
    </div>
  );
}

export function OpportunityBoardView() {
  const { t } = useI18n();
  const [filter, setFilter] = useState<OpportunityFilter>({});
  const { me } = useMe();
  const { modal, message } = App.useApp();
  const { data, error, isLoading, mutate } = useQuery(BOARD_QUERY, { filter, cards: CARDS }, { keepPreviousData: true });
  const { data: stageData } = useQuery(STAGES_QUERY);
  const [drag, setDrag] = useState<Drag | null>(null);
  const board = data?.opportunityBoard;
  const stages = stageData?.opportunityStages ?? [];
  const columns = boardOrder(board?.columns ?? []);
  const totalWeighted = sumMoney(columns.map((c) => weighted(c.amount, c.stage.probability)));

  // Open deals move within the stages their category allows (SPEC 3.5), as on the stage bar; the server checks again.
  const canDrag = (row: OpportunityRow) => row.viewerCanEdit && can(me, 'opportunity:update') && row.category !== 'WON' && row.category !== 'LOST' && !row.deletedAt;
  const startDrag = (row: OpportunityRow | null) => setDrag(row ? { row, allowed: new Set(stagesFor(row.category, stages).map((s) => s.id)) } : null);
  const drop = (stage: Stage) => {
    const row = drag?.row;
    setDrag(null);
    if (!row) return;
    modal.confirm({
      title: t('daily.board.moveConfirm', { name: row.name, stage: stageLabel(stage) }),
      okText: t('action.confirm'), cancelText: t('action.cancel'),
      onOk: async () => {
        try {
          await gql(UPDATE_OPPORTUNITY, { id: row.id, input: { stageId: stage.id } });
          message.success(t('opportunity.stageChanged'));
        } catch (e) {
          const { fields } = formErrorsOf(t, e, ['stageId']);
          message.error(fields[0]?.errors[0] ?? errorMessage(t, e));
        } finally {
          void mutate();
        }
      },
    });
  };

  const refuse = (stage: Stage) => {
    const row = drag?.row;
    setDrag(null);
    if (!row) return;
    const rule = RULES[row.category];
    message.warning({
      duration: 6,
      content: <span data-testid="board-move-refused">{t('daily.board.moveRefused', { name: row.name, stage: stageLabel(stage), rule: rule ? t(rule) : '' })}</span>,
    });
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="opportunity-board">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>{t('opportunity.board.title')}</Typography.Title>
          <OpportunityViews current="board" />
        </Space>
        {board && (
          <Typography.Text type="secondary" data-testid="board-total">
            {t('opportunity.boardTotal', { count: board.totalCount, amount: formatMoney(board.totalAmount) })} · {t('daily.board.weighted', { amount: formatMoney(totalWeighted) })}
          </Typography.Text>
        )}
      </Flex>
      <Card size="small"><OpportunityFilters onChange={setFilter} /></Card>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      {/* Columns scroll sideways inside this container, never the page. */}
      <div style={{ overflowX: 'auto', width: '100%', paddingBottom: 8 }} data-testid="board-scroll">
        <div style={{ display: 'flex', gap: 12, alignItems: 'stretch', width: 'max-content', opacity: isLoading ? 0.6 : 1 }}>
          {columns.map((column) => <Column key={column.stage.id} column={column} drag={drag} canDrag={canDrag} onDrag={startDrag} onDrop={drop} onRefuse={refuse} />)}
        </div>
      </div>
    </Space>
  );
}
