'use client';
// The stage bar: the pipeline's stages as antd Steps with the current one marked and its win probability.
// A lost deal shows stage 0 in error; a won one the final stage finished. Editors move the stage by clicking a
// step the category allows (the server checks the same rules).
import { useEffect, useRef } from 'react';
import { App, Flex, Progress, Steps, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';
import { UPDATE_OPPORTUNITY, type OpportunityDetail, type Stage } from '@/app/_lib/api/opportunities';
import { stageLabel, stagesFor } from '../../_components/opportunity-labels';

export function StageBar({ opportunity, stages, editable, onChanged }: { opportunity: OpportunityDetail; stages: Stage[]; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();
  const lost = opportunity.category === 'LOST';
  const won = opportunity.category === 'WON';
  // Stage 0 (abandoned) is a step only when the deal sits there.
  const shown = stages.filter((s) => (s.enabled || s.id === opportunity.stage.id) && (s.sort !== 0 || opportunity.stage.sort === 0));
  const current = Math.max(0, shown.findIndex((s) => s.id === opportunity.stage.id));
  const offset = (shown[0]?.sort ?? 0) - 1;
  const allowed = new Set(stagesFor(opportunity.category, stages).map((s) => s.id));
  const movable = editable && !lost && !won;
  const scroller = useRef<HTMLDivElement>(null);

  // When the bar is wider than its box (phones), bring the current stage into view.
  useEffect(() => {
    const box = scroller.current;
    const step = box?.querySelector(`[data-testid="stage-step-${opportunity.stage.sort}"]`);
    if (!box || !step) return;
    const offsetInBox = step.getBoundingClientRect().left - box.getBoundingClientRect().left + box.scrollLeft;
    if (offsetInBox + step.getBoundingClientRect().width > box.clientWidth) box.scrollLeft = Math.max(0, offsetInBox - box.clientWidth / 3);
  }, [opportunity.stage.sort, shown.length]);

  const move = (index: number) => {
    const target = shown[index];
    if (!target || target.id === opportunity.stage.id || !allowed.has(target.id)) return;
    modal.confirm({
      title: t('opportunity.stageConfirm', { stage: stageLabel(target) }),
      okText: t('action.confirm'), cancelText: t('action.cancel'),
      onOk: async () => {
        try {
          await gql(UPDATE_OPPORTUNITY, { id: opportunity.id, input: { stageId: target.id } });
          message.success(t('opportunity.stageChanged'));
          onChanged();
        } catch (e) {
          const { fields } = formErrorsOf(t, e, ['stageId']);
          message.error(fields[0]?.errors[0] ?? errorMessage(t, e));
        }
      },
    });
  };

  return (
    <div data-testid="opportunity-stage-bar">
      <Flex align="center" gap={16} wrap style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('opportunity.currentStage')}</Typography.Text>
        <Typography.Text strong data-testid="opportunity-current-stage">{stageLabel(opportunity.stage)}</Typography.Text>
        <Progress percent={opportunity.probability} size="small" status={lost ? 'exception' : won ? 'success' : 'active'} style={{ width: 180, margin: 0 }}
          format={() => t('opportunity.winRate', { percent: opportunity.probability })} data-testid="opportunity-probability" />
      </Flex>
      <div ref={scroller} style={{ overflowX: 'auto', paddingBottom: 4 }} data-testid="opportunity-stage-scroll">
        {/* Antd numbers a step's icon `initial + index + 1`: starting one below the first stage shows stage numbers. */}
        <Steps
          size="small" initial={offset} current={offset + current} status={lost ? 'error' : won ? 'finish' : 'process'} responsive={false}
          onChange={movable ? (n) => move(n - offset) : undefined} style={{ minWidth: shown.length * 120 }}
          // Equal widths: sized by content, a short name (签订合同) was squeezed to one character a line.
          styles={{ item: { flex: '1 1 0', minWidth: 0 } }}
          items={shown.map((s) => ({
            title: <span data-testid={`stage-step-${s.sort}`} style={{ fontSize: 13 }}>{s.name}</span>,
            content: <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.probability}%</Typography.Text>,
            disabled: !movable || !allowed.has(s.id),
          }))}
        />
      </div>
    </div>
  );
}
