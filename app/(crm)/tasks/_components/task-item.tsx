'use client';
// One task in a box or list: a tick to complete it (when allowed), title, due time (red when overdue), priority,
// who assigned it, the related record. Tapping it opens the task.
import { App, Checkbox, Flex, Tag, Typography } from 'antd';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { useMe } from '@/app/_lib/me';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import { PRIORITY_COLORS, SET_TASK_STATUS, type TaskItem } from './tasks.api';

export function TaskItemRow({ task, onOpen, onChanged }: { task: TaskItem; onOpen: (task: TaskItem) => void; onChanged: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const done = task.status === 'DONE';
  const toggle = async (checked: boolean) => {
    try {
      await gql(SET_TASK_STATUS, { id: task.id, status: checked ? 'DONE' : 'OPEN' });
      onChanged();
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
  return (
    <Flex gap={10} align="flex-start" style={{ padding: '8px 4px', borderBottom: '1px solid rgba(5,5,5,0.06)' }} data-testid={`task-${task.id}`}>
      <Checkbox checked={done} disabled={!task.viewerCanChangeStatus || task.status === 'CANCELLED'} onChange={(e) => void toggle(e.target.checked)}
        aria-label={t('task.action.complete')} data-testid={`task-complete-${task.id}`} style={{ marginTop: 2 }} />
      <Flex vertical gap={2} style={{ minWidth: 0, flex: 1, cursor: 'pointer' }} onClick={() => onOpen(task)}>
        <Typography.Text delete={done} style={{ wordBreak: 'break-word' }}>{task.title}</Typography.Text>
        <Flex gap={4} wrap align="center">
          {task.priority !== 'NORMAL' && <Tag color={PRIORITY_COLORS[task.priority]} style={{ marginInlineEnd: 0 }}>{t(`task.priority.${task.priority}` as MessageKey)}</Tag>}
          {task.status === 'IN_PROGRESS' && <Tag color="processing" style={{ marginInlineEnd: 0 }}>{t('task.status.IN_PROGRESS')}</Tag>}
          {task.dueAt && (
            <Typography.Text type={task.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {task.overdue ? `${t('task.overdue')} · ` : ''}{formatDateTime(task.dueAt)}
            </Typography.Text>
          )}
          {task.createdBy && task.createdBy.id !== me.user.id && task.assignee?.id === me.user.id && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('task.assignedBy', { name: task.createdBy.name })}</Typography.Text>
          )}
          {task.related && <Typography.Text type="secondary" ellipsis style={{ fontSize: 12, maxWidth: 220 }}>{recordTypeLabel(t, task.related.type)} · {task.related.title}</Typography.Text>}
        </Flex>
      </Flex>
    </Flex>
  );
}
