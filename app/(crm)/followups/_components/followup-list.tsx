'use client';
// The follow-up list: mine by default for salespeople, the team's for leaders; filters by time, method,
// substantive contact, unread comments, keyword, and (for leaders) person and department; export of what the filter
// matches. Cards on a phone, a table on a desktop; a row opens the follow-up with its comments.
import { useCallback, useState } from 'react';
import { Badge, Card, Checkbox, Col, DatePicker, Empty, Flex, Grid, Input, Pagination, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { dayBoundary, formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { FOLLOW_UPS_QUERY, type FollowUpFilter, type FollowUpItem } from '../../_components/activity/activity.api';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import { useDictionaryLabel } from '@/app/_lib/dictionaries';
import { DictionarySelect } from '../../_kit/fields/dictionary-select';
import { FollowUpDrawer } from '../../_components/activity/follow-up-detail';
import { FollowUpHeadline } from '../../_components/activity/follow-up-view';
import { useRecordExport } from '../../_kit/io/use-record-export';
import { totalLabel } from '../../_kit/list/total';
import { EXPORT_FOLLOW_UPS_LINK } from '@/app/_lib/api/exports';
import { ListCard } from '../../_kit/list/list-card';

interface Filters {
  mine: boolean;
  keyword?: string;
  range?: [Dayjs | null, Dayjs | null] | null;
  method?: string;
  substantive?: boolean;
  unread?: boolean;
  authorId?: string;
  departmentId?: string;
}

function toFilter(f: Filters, meId: string): FollowUpFilter {
  const out: FollowUpFilter = {};
  if (f.mine) out.authorId = meId;
  else if (f.authorId) out.authorId = f.authorId;
  if (!f.mine && f.departmentId) out.departmentId = f.departmentId;
  if (f.keyword?.trim()) out.keyword = f.keyword.trim();
  const [from, to] = f.range ?? [];
  if (from) out.from = dayBoundary(from, 'start');
  if (to) out.to = dayBoundary(to, 'end');
  if (f.method) out.method = f.method;
  if (f.substantive) out.substantive = true;
  if (f.unread) out.unreadComments = true;
  return out;
}

export function FollowUpList() {
  const { t } = useI18n();
  const dictionaryLabel = useDictionaryLabel();
  const { me } = useMe();
  const screens = Grid.useBreakpoint();
  const leader = can(me, 'supervision:comment');
  const [filters, setFilters] = useState<Filters>({ mine: !leader });
  const [typed, setTyped] = useState('');
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [openId, setOpenId] = useState<string | null>(null);
  const set = (patch: Partial<Filters>) => { setFilters((f) => ({ ...f, ...patch })); setPage((p) => ({ ...p, current: 1 })); };
  const { data, error, isLoading, mutate } = useQuery(FOLLOW_UPS_QUERY, {
    filter: toFilter(filters, me.user.id), first: page.pageSize, offset: (page.current - 1) * page.pageSize,
  }, { keepPreviousData: true });
  const refresh = useCallback(() => void mutate(), [mutate]);
  const exporter = useRecordExport<FollowUpFilter>('followup', EXPORT_FOLLOW_UPS_LINK);
  const rows = data?.followUps.nodes ?? [];
  const pagination = {
    current: page.current, pageSize: page.pageSize, total: data?.followUps.totalCount ?? 0, simple: !screens.md,
    // A leader's count stops at 1 000 (every counted row probes its record): "1,000+".
    showTotal: () => totalLabel(t, data?.followUps), onChange: (current: number, pageSize: number) => setPage({ current, pageSize }),
  };
  const record = (f: FollowUpItem) => (f.parent ? `${recordTypeLabel(t, f.parent.type)} · ${f.parent.title}` : t('common.none'));

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      {exporter.progress}
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('followup.list.title')}</Typography.Title>
        {exporter.menu('all', () => ({ filter: toFilter(filters, me.user.id) }))}
      </Flex>
      <Card size="small" data-testid="followup-filters">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={12} xl={8}>
            <Input.Search allowClear value={typed} onChange={(e) => setTyped(e.target.value)} onSearch={(v) => set({ keyword: v })} placeholder={t('followup.filter.keyword')} data-testid="followup-keyword" />
          </Col>
          <Col xs={24} md={12} xl={8}>
            <DatePicker.RangePicker style={{ width: '100%' }} value={filters.range ?? null} onChange={(v) => set({ range: v as Filters['range'] })} data-testid="followup-range" />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <DictionarySelect kind="followup_method" placeholder={t('followup.field.method')} value={filters.method ?? null} onChange={(v) => set({ method: v ?? undefined })}
              aria-label={t('followup.field.method')} data-testid="followup-filter-method" />
          </Col>
          {leader && !filters.mine && (
            <>
              <Col xs={12} md={6} xl={4}><UserPicker source="directory" allowClear value={filters.authorId} onChange={(v) => set({ authorId: v })} placeholder={t('followup.filter.author')} style={{ width: '100%' }} /></Col>
              <Col xs={24} md={6} xl={4}><DepartmentTreeSelect allowClear value={filters.departmentId} onChange={(v) => set({ departmentId: v })} placeholder={t('followup.filter.department')} style={{ width: '100%' }} /></Col>
            </>
          )}
          <Col xs={24}>
            <Flex gap={16} wrap>
              <Checkbox checked={filters.mine} onChange={(e) => set({ mine: e.target.checked })} data-testid="followup-mine">{t('followup.filter.mine')}</Checkbox>
              <Checkbox checked={!!filters.unread} onChange={(e) => set({ unread: e.target.checked })} data-testid="followup-unread">{t('followup.filter.unread')}</Checkbox>
              <Checkbox checked={!!filters.substantive} onChange={(e) => set({ substantive: e.target.checked })}>{t('followup.filter.substantive')}</Checkbox>
            </Flex>
          </Col>
        </Row>
      </Card>
      <ListCard error={error} padding={[16, 8]}>
        {screens.md ? (
          <Table<FollowUpItem>
            rowKey="id"
            size="middle"
            loading={isLoading}
            dataSource={rows}
            pagination={pagination}
            scroll={{ x: 1000 }}
            onRow={(f) => ({ onClick: () => setOpenId(f.id), style: { cursor: 'pointer' }, 'data-testid': `followup-row-${f.id}` }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              { key: 'at', title: t('followup.field.occurredAt'), width: 140, render: (_, f) => formatDateTime(f.occurredAt) },
              { key: 'subject', title: t('followup.field.subject'), width: 140, render: (_, f) => <Space size={4}><Tag color="blue">{f.subject}</Tag>{dictionaryLabel('followup_method', f.method)}</Space> },
              { key: 'record', title: t('followup.field.parent'), width: 220, render: (_, f) => record(f) },
              { key: 'result', title: t('followup.field.result'), render: (_, f) => <Typography.Text ellipsis={{ tooltip: f.result }} style={{ maxWidth: 360 }}>{f.result}</Typography.Text> },
              { key: 'next', title: t('followup.field.nextContactAt'), width: 140, render: (_, f) => formatDateTime(f.nextContactAt) },
              { key: 'author', title: t('followup.field.author'), width: 100, render: (_, f) => f.author?.name ?? t('common.none') },
              {
                key: 'comments', title: t('activity.comment'), width: 110,
                render: (_, f) => (f.unreadCommentCount > 0
                  ? <Badge count={f.unreadCommentCount} data-testid="followup-unread-badge"><Tag color="red">{t('activity.unread')}</Tag></Badge>
                  : f.commentCount || t('common.none')),
              },
            ]}
          />
        ) : (
          <Flex vertical gap={0} data-testid="followup-cards">
            {isLoading && !rows.length && <Skeleton active />}
            {!isLoading && !rows.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            {rows.map((f, i) => (
              <div key={f.id} role="button" tabIndex={0} onClick={() => setOpenId(f.id)} onKeyDown={(e) => { if (e.key === 'Enter') setOpenId(f.id); }}
                style={{ cursor: 'pointer', padding: '10px 4px', borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }} data-testid={`followup-row-${f.id}`}>
                <Flex gap={6} wrap align="center">
                  <FollowUpHeadline followUp={f} />
                  {f.unreadCommentCount > 0 && <Badge count={t('activity.unreadComments', { count: f.unreadCommentCount })} data-testid="followup-unread-badge" />}
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{record(f)}</Typography.Text>
                <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: '2px 0 0', wordBreak: 'break-word' }}>{f.result}</Typography.Paragraph>
              </div>
            ))}
            {pagination.total > 0 && <Pagination {...pagination} align="center" style={{ marginTop: 8 }} />}
          </Flex>
        )}
      </ListCard>
      <FollowUpDrawer id={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
    </Space>
  );
}
