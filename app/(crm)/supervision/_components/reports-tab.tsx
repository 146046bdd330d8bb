'use client';
// The team's work reports whose period overlaps the chosen one, newest first; one opens in a drawer with its
// read receipts and comments (批示), the same view as the reports page.
import { useState } from 'react';
import { Badge, Card, Drawer, Empty, Flex, Grid, Pagination, Skeleton, Table, Tag, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { ReportDetail } from '../../reports/_components/report-detail';
import { KIND_COLORS } from '../../reports/_components/reports.api';
import { REPORTS_QUERY, type SupervisedReport, type SupervisionFilter } from './supervision.api';

const PAGE = 20;

export function ReportsTab({ filter }: { filter: SupervisionFilter }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, error, isLoading, mutate } = useQuery<{ supervisedReports: { totalCount: number; nodes: SupervisedReport[] } }>(REPORTS_QUERY, {
    filter, first: PAGE, offset: (page - 1) * PAGE,
  }, { keepPreviousData: true });
  const rows = data?.supervisedReports.nodes ?? [];
  const total = data?.supervisedReports.totalCount ?? 0;
  const kind = (r: SupervisedReport) => <Tag color={KIND_COLORS[r.kind]}>{t(`report.kind.${r.kind}` as MessageKey)}</Tag>;
  const unread = (r: SupervisedReport) => (r.unread || r.unreadCommentCount > 0 ? <Badge status="error" text={t('activity.unread')} /> : null);
  const close = () => { setOpenId(null); void mutate(); };
  return (
    <Flex vertical gap={8}>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      {screens.md ? (
        <Table<SupervisedReport>
          rowKey="id" size="middle" loading={isLoading} dataSource={rows} data-testid="supervision-reports"
          pagination={{ current: page, pageSize: PAGE, total, onChange: setPage, showTotal: (n) => t('common.total', { total: n }) }}
          onRow={(r) => ({ onClick: () => setOpenId(r.id), style: { cursor: 'pointer' } })}
          columns={[
            { key: 'subject', title: t('report.field.subject'), render: (_, r) => <Flex gap={6} wrap align="center">{kind(r)}<span>{r.subject}</span>{unread(r)}</Flex> },
            { key: 'author', title: t('supervision.col.person'), width: 100, render: (_, r) => r.author?.name ?? t('common.none') },
            { key: 'period', title: t('supervision.report.period'), width: 200, render: (_, r) => (r.periodStart === r.periodEnd ? r.periodStart : `${r.periodStart} ~ ${r.periodEnd}`) },
            { key: 'created', title: t('supervision.report.submitted'), width: 150, render: (_, r) => formatDateTime(r.createdAt) },
            { key: 'comments', title: t('supervision.col.comments'), width: 80, render: (_, r) => r.commentCount || t('common.none') },
          ]}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: 8 } }}>
          <Flex vertical data-testid="supervision-reports">
            {isLoading && !rows.length && <Skeleton active />}
            {!isLoading && !rows.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}
            {rows.map((r, i) => (
              <div key={r.id} role="button" tabIndex={0} onClick={() => setOpenId(r.id)} onKeyDown={(e) => { if (e.key === 'Enter') setOpenId(r.id); }}
                style={{ cursor: 'pointer', padding: '8px 4px', borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}>
                <Flex gap={6} wrap align="center">{kind(r)}<Typography.Text strong style={{ wordBreak: 'break-word' }}>{r.subject}</Typography.Text>{unread(r)}</Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(r.createdAt)}</Typography.Text>
              </div>
            ))}
            {total > PAGE && <Pagination simple align="center" current={page} pageSize={PAGE} total={total} onChange={setPage} style={{ marginTop: 8 }} />}
          </Flex>
        </Card>
      )}
      <Drawer open={!!openId} onClose={close} size={screens.md ? 640 : '100%'} destroyOnHidden title={t('supervision.tab.reports')}>
        {openId && <ReportDetail id={openId} />}
      </Drawer>
    </Flex>
  );
}
