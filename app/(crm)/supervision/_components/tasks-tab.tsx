'use client';
// The team's tasks: open (due first), overdue, done in the period, or created in the period.
import { useState } from 'react';
import Link from 'next/link';
import { Flex, Grid, Segmented, Tag, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { recordHref } from '../../_components/notifications/notifications.api';
import { PRIORITY_COLORS, STATUS_COLORS } from '../../tasks/_components/tasks.api';
import { TASKS_QUERY, TASK_STATES, type SupervisedTask, type SupervisionFilter, type TaskState } from './supervision.api';
import { PAGE, PagedRows } from './paged-rows';

function TaskLine({ task }: { task: SupervisedTask }) {
  const { t } = useI18n();
  const href = task.related ? recordHref(task.related.type, task.related.id) : null;
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex gap={6} wrap align="center">
        <Typography.Text strong style={{ wordBreak: 'break-word' }}>{task.title}</Typography.Text>
        <Tag color={PRIORITY_COLORS[task.priority]}>{t(`task.priority.${task.priority}` as MessageKey)}</Tag>
        <Tag color={task.overdue ? 'red' : STATUS_COLORS[task.status]}>{task.overdue ? t('supervision.taskState.OVERDUE') : t(`task.status.${task.status}` as MessageKey)}</Tag>
      </Flex>
      {task.related && (href ? <Link href={href} style={{ fontSize: 12 }}>{task.related.title}</Link> : <Typography.Text type="secondary" style={{ fontSize: 12 }}>{task.related.title}</Typography.Text>)}
    </Flex>
  );
}

export function TasksTab({ filter, state, onState }: { filter: SupervisionFilter; state: TaskState; onState: (s: TaskState) => void }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const { data, error, isLoading } = useQuery(TASKS_QUERY, {
    filter: { ...filter, state }, first: PAGE, offset: (page - 1) * PAGE,
  }, { keepPreviousData: true });
  const rows = data?.supervisedTasks.nodes ?? [];
  const total = data?.supervisedTasks.totalCount ?? 0;
  const due = (task: SupervisedTask) => (task.dueAt ? formatDateTime(task.dueAt) : t('supervision.task.noDue'));
  return (
    <Flex vertical gap={8}>
      <Segmented<TaskState> block={!screens.md} value={state} onChange={(s) => { onState(s); setPage(1); }} data-testid="supervision-task-state"
        options={TASK_STATES.map((s) => ({ value: s, label: t(`supervision.taskState.${s}` as MessageKey) }))} />
      <PagedRows<SupervisedTask>
        rows={rows} total={total} page={page} onPage={setPage} loading={isLoading} error={error} data-testid="supervision-tasks"
        columns={[
          { key: 'title', title: t('task.field.title'), render: (_, task) => <TaskLine task={task} /> },
          { key: 'assignee', title: t('supervision.task.assignee'), width: 100, render: (_, task) => task.assignee?.name ?? t('common.none') },
          { key: 'due', title: t('supervision.task.due'), width: 150, render: (_, task) => <Typography.Text type={task.overdue ? 'danger' : undefined}>{due(task)}</Typography.Text> },
          { key: 'done', title: t('task.status.DONE'), width: 150, render: (_, task) => formatDateTime(task.completedAt) },
        ]}
        line={(task) => (
          <>
            <TaskLine task={task} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{task.assignee?.name} · {t('supervision.task.due')} {due(task)}</Typography.Text>
          </>
        )}
      />
    </Flex>
  );
}
