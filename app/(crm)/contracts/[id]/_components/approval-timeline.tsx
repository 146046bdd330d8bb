'use client';
// The approval history of a document: each submission (newest first) with its steps — who approves, the
// decision, the comment and when — as a timeline.
import { Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { CheckCircleOutlined, ClockCircleOutlined, CloseCircleOutlined, MinusCircleOutlined } from '@ant-design/icons';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import type { ApprovalRun, ApprovalStepRow } from '@/app/_lib/api/contracts';
import { APPROVAL_STATUS_COLORS, STEP_COLORS } from '../../_components/contract-labels';

const ICONS: Partial<Record<ApprovalStepRow['status'], React.ReactNode>> = {
  APPROVED: <CheckCircleOutlined />, REJECTED: <CloseCircleOutlined />, ACTIVE: <ClockCircleOutlined />, SKIPPED: <MinusCircleOutlined />,
};

function stepContent(t: Translate, step: ApprovalStepRow) {
  const decided = step.status === 'APPROVED' || step.status === 'REJECTED';
  return (
    <Space orientation="vertical" size={2} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {decided && step.decidedBy ? step.decidedBy.name : step.status === 'ACTIVE'
          ? t('approval.waitingFor', { names: step.approvers.map((a) => a.name).join('、') || step.approverLabel })
          : step.approverLabel}
        {decided && step.decidedAt ? ` · ${formatDateTime(step.decidedAt)}` : ''}
      </Typography.Text>
      {step.comment && <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }} data-testid={`approval-comment-${step.id}`}>「{step.comment}」</Typography.Paragraph>}
    </Space>
  );
}

export function ApprovalTimeline({ t, runs, testId = 'approval-history' }: { t: Translate; runs: ApprovalRun[]; testId?: string }) {
  if (!runs.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approval.none')} />;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }} data-testid={testId}>
      {runs.map((run) => (
        <div key={run.id} data-testid={`approval-run-${run.id}`}>
          <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
            <Tag color={APPROVAL_STATUS_COLORS[run.status]} style={{ marginInlineEnd: 0 }}>{t(`approval.status.${run.status}` as MessageKey)}</Tag>
            <Typography.Text>{t('approval.run', { name: run.submitter?.name ?? '—', time: formatDateTime(run.createdAt) })}</Typography.Text>
            {run.flowName && <Typography.Text type="secondary">{t('approval.flowName', { name: run.flowName })}</Typography.Text>}
          </Flex>
          {run.steps.length === 0 ? (
            <Typography.Text type="secondary">{t('approval.autoApproved')}</Typography.Text>
          ) : (
            <Timeline
              items={run.steps.map((step) => ({
                key: step.id,
                color: STEP_COLORS[step.status],
                icon: ICONS[step.status],
                content: (
                  <Space orientation="vertical" size={2} style={{ width: '100%' }} data-testid={`approval-step-${step.id}`}>
                    <Flex gap={8} wrap align="center">
                      <Typography.Text strong>{step.position}. {step.name}</Typography.Text>
                      <Tag color={STEP_COLORS[step.status] === 'gray' ? 'default' : STEP_COLORS[step.status]} style={{ marginInlineEnd: 0 }}>
                        {t(`approval.step.${step.status}` as MessageKey)}
                      </Tag>
                    </Flex>
                    {stepContent(t, step)}
                  </Space>
                ),
              }))}
            />
          )}
        </div>
      ))}
    </Space>
  );
}
