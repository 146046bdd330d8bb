'use client';
// Tasks I assigned, or (leaders) my team's tasks, with a status filter and a keyword; a table on a desktop, a
// list on a phone.
import { useState } from 'react';
import { Card, Checkbox, Col, Flex, Grid, Input, Row, Table, Tag, Typography } from 'antd';
import { Rows } from '../../schedule/_components/rows';
import { useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { useMe } from '@/app/_lib/me';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { PRIORITY_COLORS, STATUS_COLORS, TASKS_QUERY, type TaskFilter, type TaskItem } from './tasks.api';
import { TaskItemRow } from './task-item';
import { ListCard } from '../../_kit/list/list-card';

interface Props { scope: 'assigned' | 'team'; onOpen: (task: TaskItem) => void; onChanged: () => void }

export function TaskList({ scope, onOpen, onChanged }: Props) {
  const { t } = useI18n();
  const { me } = useMe();
  const screens = Grid.useBreakpoint();
  const [openOnly, setOpenOnly] = useState(true);
  const [keyword, setKeyword] = useState('');
  const [assigneeId, setAssigneeId] = useState<string | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const filter: TaskFilter = {
    ...(scope === 'assigned' ? { createdById: me.user.id } : {}),
    ...(openOnly ? { statuses: ['OPEN', 'IN_PROGRESS'] } : {}),
    ...(keyword ? { keyword } : {}),
    ...(assigneeId ? { assigneeId } : {}),
    ...(departmentId ? { departmentId } : {}),
  };
  const { data, error, isLoading, mutate } = useQuery(TASKS_QUERY, {
    filter, first: page.pageSize, offset: (page.current - 1) * page.pageSize, orderBy: { field: 'DUE_AT', direction: 'ASC' },
  }, { keepPreviousData: true });
  const rows = data?.tasks.nodes ?? [];
  const changed = () => { void mutate(); onChanged(); };
  const pagination = {
    current: page.current, pageSize: page.pageSize, total: data?.tasks.totalCount ?? 0, simple: !screens.md,
    showTotal: (total: number) => t('common.total', { total }), onChange: (current: number, pageSize: number) => setPage({ current, pageSize }),
  };
  const reset = () => setPage((p) => ({ ...p, current: 1 }));
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={24} md={8}><Input.Search allowClear onSearch={(v) => { setKeyword(v.trim()); reset(); }} placeholder={t('task.field.title')} data-testid="task-keyword" /></Col>
          <Col xs={12} md={6}><UserPicker source="directory" allowClear value={assigneeId} onChange={(v) => { setAssigneeId(v); reset(); }} placeholder={t('task.field.assignee')} /></Col>
          {scope === 'team' && <Col xs={12} md={6}><DepartmentTreeSelect allowClear value={departmentId} onChange={(v) => { setDepartmentId(v); reset(); }} placeholder={t('report.filter.department')} style={{ width: '100%' }} /></Col>}
          <Col xs={24} md={4}><Checkbox checked={openOnly} onChange={(e) => { setOpenOnly(e.target.checked); reset(); }}>{t('task.status.OPEN')} / {t('task.status.IN_PROGRESS')}</Checkbox></Col>
        </Row>
      </Card>
      <ListCard error={error}>
        {screens.md ? (
          <Table<TaskItem>
            rowKey="id" size="middle" loading={isLoading} dataSource={rows} pagination={pagination}
            onRow={(task) => ({ onClick: () => onOpen(task), style: { cursor: 'pointer' } })}
            columns={[
              { key: 'title', title: t('task.field.title'), render: (_, task) => <Typography.Text ellipsis={{ tooltip: task.title }} style={{ maxWidth: 320 }}>{task.title}</Typography.Text> },
              { key: 'assignee', title: t('task.field.assignee'), width: 110, render: (_, task) => task.assignee?.name ?? '—' },
              { key: 'due', title: t('task.field.dueAt'), width: 150, render: (_, task) => <Typography.Text type={task.overdue ? 'danger' : undefined}>{formatDateTime(task.dueAt)}</Typography.Text> },
              { key: 'priority', title: t('task.field.priority'), width: 90, render: (_, task) => <Tag color={PRIORITY_COLORS[task.priority]}>{t(`task.priority.${task.priority}` as MessageKey)}</Tag> },
              { key: 'status', title: t('task.field.status'), width: 100, render: (_, task) => <Tag color={STATUS_COLORS[task.status]}>{t(`task.status.${task.status}` as MessageKey)}</Tag> },
              { key: 'creator', title: t('task.field.createdBy'), width: 110, render: (_, task) => task.createdBy?.name ?? '—' },
            ]}
          />
        ) : (
          <Rows<TaskItem> loading={isLoading} items={rows} empty={t('task.empty')} pagination={pagination}
            render={(task) => (
              <div key={task.id}>
                <TaskItemRow task={task} onOpen={onOpen} onChanged={changed} />
                <Typography.Text type="secondary" style={{ fontSize: 12, paddingInlineStart: 30 }}>{task.assignee?.name} · {t(`task.status.${task.status}` as MessageKey)}</Typography.Text>
              </div>
            )}
          />
        )}
      </ListCard>
    </Flex>
  );
}
