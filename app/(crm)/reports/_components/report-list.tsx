'use client';
// Reports received (unread ones marked), sent (with how many recipients read them), or (leaders) the team's, with
// filters; a table on a desktop, a list on a phone. A row opens the report.
import { useState } from 'react';
import Link from 'next/link';
import { Badge, Card, Checkbox, Col, DatePicker, Flex, Grid, Input, Row, Select, Table, Tag, Typography } from 'antd';
import { Rows } from '../../schedule/_components/rows';
import type { Dayjs } from 'dayjs';
import { useQuery } from '@/app/_lib/graphql';
import { dayBoundary, formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { useMe } from '@/app/_lib/me';
import { UserPicker } from '@/app/_components/user-picker';
import { DepartmentTreeSelect } from '@/app/_components/department-tree-select';
import { KIND_COLORS, RECEIVED_QUERY, REPORTS_QUERY, REPORT_KINDS, type ReportFilter, type ReportKind, type ReportRow } from './reports.api';
import { ListCard } from '../../_kit/list/list-card';

export type ReportTab = 'received' | 'sent' | 'team';

export function ReportList({ tab }: { tab: ReportTab }) {
  const { t } = useI18n();
  const { me } = useMe();
  const screens = Grid.useBreakpoint();
  const [kind, setKind] = useState<ReportKind | undefined>();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [authorId, setAuthorId] = useState<string | undefined>();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [keyword, setKeyword] = useState('');
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const reset = () => setPage((p) => ({ ...p, current: 1 }));
  const filter: ReportFilter = {
    ...(tab === 'sent' ? { authorId: me.user.id } : authorId ? { authorId } : {}),
    ...(tab === 'team' && departmentId ? { departmentId } : {}),
    ...(kind ? { kind } : {}),
    ...(keyword ? { keyword } : {}),
    ...(range?.[0] ? { from: dayBoundary(range[0], 'start') } : {}),
    ...(range?.[1] ? { to: dayBoundary(range[1], 'end') } : {}),
  };
  const paging = { first: page.pageSize, offset: (page.current - 1) * page.pageSize };
  const received = useQuery(RECEIVED_QUERY, tab === 'received' ? { unreadOnly, kind: kind ?? null, ...paging } : null, { keepPreviousData: true });
  const listed = useQuery(REPORTS_QUERY, tab === 'received' ? null : { filter, ...paging }, { keepPreviousData: true });
  const connection = tab === 'received' ? received.data?.myReceivedReports : listed.data?.reports;
  const error = tab === 'received' ? received.error : listed.error;
  const loading = tab === 'received' ? received.isLoading : listed.isLoading;
  const rows = connection?.nodes ?? [];
  const pagination = {
    current: page.current, pageSize: page.pageSize, total: connection?.totalCount ?? 0, simple: !screens.md,
    showTotal: (total: number) => t('common.total', { total }), onChange: (current: number, pageSize: number) => setPage({ current, pageSize }),
  };
  const kindTag = (k: ReportKind) => <Tag color={KIND_COLORS[k]} style={{ marginInlineEnd: 0 }}>{t(`report.kind.${k}` as MessageKey)}</Tag>;
  const status = (r: ReportRow) => (tab === 'sent'
    ? <Typography.Text type="secondary">{t('report.readCount', { read: r.readCount, total: r.recipients.length })}</Typography.Text>
    : r.unread ? <Badge status="processing" text={t('report.unread')} data-testid={`report-unread-${r.id}`} /> : null);

  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Row gutter={[12, 12]} align="middle">
          <Col xs={12} md={5}>
            <Select allowClear placeholder={t('report.filter.kind')} value={kind} onChange={(v) => { setKind(v); reset(); }} style={{ width: '100%' }}
              options={REPORT_KINDS.map((k) => ({ value: k, label: t(`report.kind.${k}` as MessageKey) }))} data-testid="report-filter-kind" />
          </Col>
          {tab === 'received' && <Col xs={12} md={5}><Checkbox checked={unreadOnly} onChange={(e) => { setUnreadOnly(e.target.checked); reset(); }} data-testid="report-unread-only">{t('report.filter.unreadOnly')}</Checkbox></Col>}
          {tab !== 'received' && <Col xs={12} md={5}><Input.Search allowClear onSearch={(v) => { setKeyword(v.trim()); reset(); }} placeholder={t('report.field.subject')} /></Col>}
          {tab !== 'received' && <Col xs={24} md={8}><DatePicker.RangePicker style={{ width: '100%' }} value={range} onChange={(v) => { setRange(v as typeof range); reset(); }} /></Col>}
          {tab === 'team' && (
            <>
              <Col xs={12} md={6}><UserPicker source="directory" allowClear value={authorId} onChange={(v) => { setAuthorId(v); reset(); }} placeholder={t('report.filter.author')} /></Col>
              <Col xs={12} md={6}><DepartmentTreeSelect allowClear value={departmentId} onChange={(v) => { setDepartmentId(v); reset(); }} placeholder={t('report.filter.department')} style={{ width: '100%' }} /></Col>
            </>
          )}
        </Row>
      </Card>
      <ListCard error={error}>
        {screens.md ? (
          <Table<ReportRow>
            rowKey="id" size="middle" loading={loading} dataSource={rows} pagination={pagination}
            columns={[
              { key: 'subject', title: t('report.field.subject'), render: (_, r) => (
                <Flex gap={6} align="center">{kindTag(r.kind)}<Link href={`/reports/${r.id}`} data-testid={`report-link-${r.id}`} style={{ fontWeight: r.unread ? 600 : undefined }}>{r.subject}</Link></Flex>
              ) },
              { key: 'author', title: t('report.field.author'), width: 110, render: (_, r) => r.author?.name ?? '—' },
              { key: 'sent', title: t('report.field.sentAt'), width: 150, render: (_, r) => formatDateTime(r.createdAt) },
              { key: 'status', title: tab === 'sent' ? t('report.receipts') : t('notify.unread'), width: 120, render: (_, r) => status(r) },
              { key: 'comments', title: t('report.comments'), width: 90, render: (_, r) => (r.unreadCommentCount ? <Badge count={r.unreadCommentCount} /> : r.commentCount || '—') },
            ]}
          />
        ) : (
          <Rows<ReportRow> loading={loading} items={rows} empty={t('report.empty')} pagination={pagination}
            render={(r) => (
              <div key={r.id} style={{ padding: '10px 4px', borderBottom: '1px solid rgba(5,5,5,0.06)' }}>
                <Link href={`/reports/${r.id}`} data-testid={`report-link-${r.id}`} style={{ display: 'block', color: 'inherit' }}>
                  <Flex gap={6} align="center" wrap>
                    {kindTag(r.kind)}
                    <Typography.Text strong={r.unread} style={{ wordBreak: 'break-word' }}>{r.subject}</Typography.Text>
                  </Flex>
                  <Flex justify="space-between" gap={8} wrap>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(r.createdAt)}</Typography.Text>
                    {status(r)}
                  </Flex>
                </Link>
              </div>
            )}
          />
        )}
      </ListCard>
    </Flex>
  );
}
