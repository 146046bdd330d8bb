'use client';
// The tasks page: tabs for my boxes, tasks I assigned and (leaders) the team's; a button to create one; `?task=<id>`
// opens a task (where notifications lead), `?new=1&relatedType=…&relatedId=…&relatedTitle=…` starts one about a record.
import { useCallback, useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Button, Flex, Tabs, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { revalidateQueries, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { useI18n } from '@/app/_lib/i18n/context';
import { can, useMe } from '@/app/_lib/me';
import { MY_TASKS_QUERY, TASKS_QUERY, TASK_QUERY, type TaskItem } from './tasks.api';
import { TaskBoxes } from './task-boxes';
import { TaskDetail } from './task-detail';
import { TaskForm } from './task-form';
import { TaskList } from './task-list';

export function TasksView() {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const openId = params.get('task');
  const related = params.get('relatedType') && params.get('relatedId')
    ? { type: params.get('relatedType')!, id: params.get('relatedId')!, title: params.get('relatedTitle') ?? `#${params.get('relatedId')}` }
    : null;
  const [formOpen, setFormOpen] = useState(params.get('new') === '1');
  const [editing, setEditing] = useState<TaskItem | null>(null);
  const leader = can(me, 'supervision:comment');
  const { data, error, isLoading } = useQuery(MY_TASKS_QUERY);
  const refresh = useCallback(() => void revalidateQueries(MY_TASKS_QUERY, TASKS_QUERY, TASK_QUERY), []);
  const setOpen = (id: string | null) => router.replace(id ? `${pathname}?task=${id}` : pathname, { scroll: false });

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('task.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => { setEditing(null); setFormOpen(true); }} data-testid="task-create">{t('task.create')}</Button>
      </Flex>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      <Tabs
        destroyOnHidden
        items={[
          { key: 'boxes', label: t('task.tab.boxes'), children: <TaskBoxes data={data?.myTasks} loading={isLoading} onOpen={(task) => setOpen(task.id)} onChanged={refresh} /> },
          { key: 'assigned', label: t('task.tab.assigned'), children: <TaskList scope="assigned" onOpen={(task) => setOpen(task.id)} onChanged={refresh} /> },
          ...(leader ? [{ key: 'team', label: t('task.tab.team'), children: <TaskList scope="team" onOpen={(task) => setOpen(task.id)} onChanged={refresh} /> }] : []),
        ]}
      />
      <TaskDetail id={openId} onClose={() => setOpen(null)} onChanged={refresh} onEdit={(task) => { setEditing(task); setFormOpen(true); }} />
      <TaskForm
        open={formOpen} task={editing} related={editing ? null : related} onClose={() => setFormOpen(false)}
        onSaved={() => { setFormOpen(false); refresh(); }}
      />
    </Flex>
  );
}
