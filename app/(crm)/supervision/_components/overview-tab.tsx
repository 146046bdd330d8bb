'use client';
// 人员概览: one row per person with the period's follow-ups, substantive contacts, open / overdue tasks and reports
// (sortable), the totals above; a count opens that person's tab, a name opens what they are doing now.
// A table on a desktop, cards on a phone.
import { useState } from 'react';
import { Button, Card, Col, Empty, Flex, Grid, Pagination, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { OVERVIEW_QUERY, type Counts, type PersonActivity, type PersonActivitySort, type SupervisionFilter } from './supervision.api';

export type OverviewTarget = 'followups' | 'tasks' | 'reports';

interface Props {
  filter: SupervisionFilter;
  onOpenPerson: (userId: string) => void;
  onOpenTab: (tab: OverviewTarget, userId: string, taskState?: 'OPEN' | 'OVERDUE') => void;
}

const PAGE = 20;

export function CountTotals({ totals, people }: { totals: Counts; people: number }) {
  const { t } = useI18n();
  const items: [string, number, string?][] = [
    [t('supervision.count.people'), people],
    [t('supervision.count.followUps'), totals.followUps],
    [t('supervision.count.substantive'), totals.substantiveFollowUps],
    [t('supervision.count.openTasks'), totals.openTasks],
    [t('supervision.count.overdueTasks'), totals.overdueTasks, totals.overdueTasks ? '#cf1322' : undefined],
    [t('supervision.count.reports'), totals.reports],
  ];
  return (
    <Row gutter={[8, 8]} data-testid="supervision-totals">
      {items.map(([title, value, color]) => (
        <Col key={title} xs={8} md={4}>
          <Card size="small" styles={{ body: { padding: '8px 10px' } }}>
            <Statistic title={<span style={{ fontSize: 12 }}>{title}</span>} value={value} styles={{ content: { fontSize: 20, color } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function OverviewTab({ filter, onOpenPerson, onOpenTab }: Props) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<{ field: PersonActivitySort; direction: 'ASC' | 'DESC' }>({ field: 'FOLLOW_UPS', direction: 'DESC' });
  const { data, error, isLoading } = useQuery(OVERVIEW_QUERY, {
    filter, orderBy: sort, first: PAGE, offset: (page - 1) * PAGE,
  }, { keepPreviousData: true });
  const overview = data?.supervisionOverview;
  const rows = overview?.nodes ?? [];
  const order = (field: PersonActivitySort): SortOrder | undefined => (sort.field === field ? (sort.direction === 'ASC' ? 'ascend' : 'descend') : undefined);
  const count = (row: PersonActivity, value: number, tab: OverviewTarget, state?: 'OPEN' | 'OVERDUE', danger = false) => (
    <Button type="link" size="small" danger={danger && value > 0} style={{ padding: 0 }} disabled={!value}
      onClick={(e) => { e.stopPropagation(); onOpenTab(tab, row.person.id, state); }}>{value}</Button>
  );
  const name = (row: PersonActivity) => (
    <Flex gap={4} wrap align="center">
      <Typography.Link strong onClick={() => onOpenPerson(row.person.id)} data-testid={`person-${row.person.username}`}>{row.person.name}</Typography.Link>
      {row.person.status === 'DISABLED' && <Tag>{t('supervision.disabled')}</Tag>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{row.person.departmentName}</Typography.Text>
    </Flex>
  );

  return (
    <Flex vertical gap={12}>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      {overview && <CountTotals totals={overview.totals} people={overview.totalCount} />}
      {screens.md ? (
        <Table<PersonActivity>
          rowKey={(r) => r.person.id} size="middle" loading={isLoading} dataSource={rows} data-testid="supervision-overview"
          pagination={{ current: page, pageSize: PAGE, total: overview?.totalCount ?? 0, onChange: setPage, showTotal: (total) => t('common.total', { total }) }}
          onChange={(_p, _f, sorter) => {
            const s = Array.isArray(sorter) ? sorter[0] : sorter;
            setSort(s?.order ? { field: s.columnKey as PersonActivitySort, direction: s.order === 'ascend' ? 'ASC' : 'DESC' } : { field: 'FOLLOW_UPS', direction: 'DESC' });
            setPage(1);
          }}
          onRow={(r) => ({ 'data-testid': `overview-row-${r.person.username}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { key: 'NAME', title: t('supervision.col.person'), sorter: true, sortOrder: order('NAME'), render: (_, r) => name(r) },
            { key: 'FOLLOW_UPS', title: t('supervision.count.followUps'), width: 100, sorter: true, sortOrder: order('FOLLOW_UPS'), render: (_, r) => count(r, r.followUps, 'followups') },
            { key: 'SUBSTANTIVE', title: t('supervision.count.substantive'), width: 100, sorter: true, sortOrder: order('SUBSTANTIVE'), render: (_, r) => r.substantiveFollowUps },
            { key: 'OPEN_TASKS', title: t('supervision.count.openTasks'), width: 110, sorter: true, sortOrder: order('OPEN_TASKS'), render: (_, r) => count(r, r.openTasks, 'tasks', 'OPEN') },
            { key: 'OVERDUE_TASKS', title: t('supervision.count.overdueTasks'), width: 100, sorter: true, sortOrder: order('OVERDUE_TASKS'), render: (_, r) => count(r, r.overdueTasks, 'tasks', 'OVERDUE', true) },
            { key: 'REPORTS', title: t('supervision.count.reports'), width: 90, sorter: true, sortOrder: order('REPORTS'), render: (_, r) => count(r, r.reports, 'reports') },
            { key: 'LAST_FOLLOW_UP', title: t('supervision.lastFollowUp'), width: 150, sorter: true, sortOrder: order('LAST_FOLLOW_UP'), render: (_, r) => formatDateTime(r.lastFollowUpAt) },
            { key: 'now', title: t('common.actions'), width: 100, render: (_, r) => <Button size="small" onClick={() => onOpenPerson(r.person.id)}>{t('supervision.openNow')}</Button> },
          ]}
        />
      ) : (
        <Flex vertical gap={8} data-testid="supervision-overview">
          {isLoading && !rows.length && <Skeleton active />}
          {!isLoading && !rows.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
          {rows.map((r) => (
            <Card key={r.person.id} size="small" styles={{ body: { padding: 10 } }} data-testid={`overview-row-${r.person.username}`}>
              <Flex justify="space-between" align="center" gap={8}>
                {name(r)}
                <Button size="small" onClick={() => onOpenPerson(r.person.id)}>{t('supervision.openNow')}</Button>
              </Flex>
              <Flex gap={12} wrap style={{ marginTop: 6, fontSize: 13 }}>
                <span>{t('supervision.count.followUps')} {count(r, r.followUps, 'followups')}</span>
                <span>{t('supervision.count.substantive')} {r.substantiveFollowUps}</span>
                <span>{t('supervision.count.openTasks')} {count(r, r.openTasks, 'tasks', 'OPEN')}</span>
                <span>{t('supervision.count.overdueTasks')} {count(r, r.overdueTasks, 'tasks', 'OVERDUE', true)}</span>
                <span>{t('supervision.count.reports')} {count(r, r.reports, 'reports')}</span>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('supervision.lastFollowUp')} {formatDateTime(r.lastFollowUpAt)}</Typography.Text>
            </Card>
          ))}
          {(overview?.totalCount ?? 0) > PAGE && <Pagination simple align="center" current={page} pageSize={PAGE} total={overview?.totalCount} onChange={setPage} />}
        </Flex>
      )}
    </Flex>
  );
}
