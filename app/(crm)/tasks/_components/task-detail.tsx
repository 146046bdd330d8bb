'use client';
// One task: its fields, and what the viewer may do with it — start, complete, cancel, reopen (assignee, creator,
// leaders over the assignee), edit and delete (creator and leaders).
import Link from 'next/link';
import { App, Button, Descriptions, Drawer, Flex, Grid, Popconfirm, Result, Spin, Tag, Typography } from 'antd';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import { recordHref } from '../../_components/notifications/notifications.api';
import { DELETE_TASKS, PRIORITY_COLORS, SET_TASK_STATUS, STATUS_COLORS, TASK_QUERY, type TaskItem, type TaskStatus } from './tasks.api';

interface Props { id: string | null; onClose: () => void; onChanged: () => void; onEdit: (task: TaskItem) => void }

export function TaskDetail({ id, onClose, onChanged, onEdit }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { data, error, isLoading, mutate } = useQuery(TASK_QUERY, id ? { id } : null);
  const task = data?.task;
  const setStatus = async (status: TaskStatus) => {
    if (!id) return;
    try {
      await gql(SET_TASK_STATUS, { id, status });
      await mutate();
      onChanged();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const remove = async () => {
    if (!id) return;
    try {
      await gql(DELETE_TASKS, { ids: [id] });
      message.success(t('task.deleted'));
      onChanged();
      onClose();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const actions = task?.viewerCanChangeStatus ? (
    <Flex gap={8} wrap>
      {task.status === 'OPEN' && <Button onClick={() => setStatus('IN_PROGRESS')} data-testid="task-start">{t('task.action.start')}</Button>}
      {(task.status === 'OPEN' || task.status === 'IN_PROGRESS') && <Button type="primary" onClick={() => setStatus('DONE')} data-testid="task-done">{t('task.action.complete')}</Button>}
      {(task.status === 'OPEN' || task.status === 'IN_PROGRESS') && <Button onClick={() => setStatus('CANCELLED')} data-testid="task-cancel">{t('task.action.cancel')}</Button>}
      {(task.status === 'DONE' || task.status === 'CANCELLED') && <Button onClick={() => setStatus('OPEN')} data-testid="task-reopen">{t('task.action.reopen')}</Button>}
      {task.viewerCanEdit && <Button onClick={() => onEdit(task)} data-testid="task-edit">{t('action.edit')}</Button>}
      {task.viewerCanEdit && (
        <Popconfirm title={t('task.deleteConfirm')} onConfirm={remove} okText={t('action.confirm')} cancelText={t('action.cancel')}>
          <Button danger data-testid="task-delete">{t('action.delete')}</Button>
        </Popconfirm>
      )}
    </Flex>
  ) : null;
  const href = task?.related ? recordHref(task.related.type, task.related.id) : null;
  return (
    <Drawer open={!!id} onClose={onClose} size={screens.md ? 520 : '100%'} title={t('task.field.title')} destroyOnHidden footer={actions}>
      {isLoading && <Spin />}
      {error && <Typography.Text type="danger">{errorMessage(t, error)}</Typography.Text>}
      {data && !task && <Result status="404" subTitle={t('work.server.notVisible')} />}
      {task && (
        <Flex vertical gap={12} data-testid="task-detail">
          <Typography.Title level={5} style={{ margin: 0, wordBreak: 'break-word' }}>{task.title}</Typography.Title>
          <Flex gap={4} wrap>
            <Tag color={STATUS_COLORS[task.status]}>{t(`task.status.${task.status}` as MessageKey)}</Tag>
            <Tag color={PRIORITY_COLORS[task.priority]}>{t(`task.priority.${task.priority}` as MessageKey)}</Tag>
            {task.overdue && <Tag color="red">{t('task.overdue')}</Tag>}
          </Flex>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('task.field.dueAt')}>{formatDateTime(task.dueAt)}</Descriptions.Item>
            <Descriptions.Item label={t('task.field.assignee')}>{task.assignee?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('task.field.createdBy')}>{task.createdBy?.name ?? '—'}</Descriptions.Item>
            {task.related && (
              <Descriptions.Item label={t('task.field.related')}>
                {href ? <Link href={href}>{recordTypeLabel(t, task.related.type)} · {task.related.title}</Link> : `${recordTypeLabel(t, task.related.type)} · ${task.related.title}`}
              </Descriptions.Item>
            )}
            {task.completedAt && <Descriptions.Item label={t('task.status.DONE')}>{formatDateTime(task.completedAt)}</Descriptions.Item>}
          </Descriptions>
          {task.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0 }}>{task.description}</Typography.Paragraph>}
        </Flex>
      )}
    </Drawer>
  );
}
