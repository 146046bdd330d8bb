'use client';
// The team's work reports whose period overlaps the chosen one, newest first; one opens in a drawer with its
// read receipts and comments (批示), the same view as the reports page.
import { useState } from 'react';
import { Badge, Drawer, Flex, Grid, Tag, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { formatDateTime } from '@/app/_lib/format';
import { ReportDetail } from '../../reports/_components/report-detail';
import { KIND_COLORS } from '../../reports/_components/reports.api';
import { REPORTS_QUERY, type SupervisedReport, type SupervisionFilter } from './supervision.api';
import { PAGE, PagedRows } from './paged-rows';

export function ReportsTab({ filter }: { filter: SupervisionFilter }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, error, isLoading, mutate } = useQuery(REPORTS_QUERY, {
    filter, first: PAGE, offset: (page - 1) * PAGE,
  }, { keepPreviousData: true });
  const rows = data?.supervisedReports.nodes ?? [];
  const total = data?.supervisedReports.totalCount ?? 0;
  const kind = (r: SupervisedReport) => <Tag color={KIND_COLORS[r.kind]}>{t(`report.kind.${r.kind}` as MessageKey)}</Tag>;
  const unread = (r: SupervisedReport) => (r.unread || r.unreadCommentCount > 0 ? <Badge status="error" text={t('activity.unread')} /> : null);
  const close = () => { setOpenId(null); void mutate(); };
  return (
    <Flex vertical gap={8}>
      <PagedRows<SupervisedReport>
        rows={rows} total={total} page={page} onPage={setPage} loading={isLoading} error={error} data-testid="supervision-reports"
        onOpen={(r) => setOpenId(r.id)}
        columns={[
          { key: 'subject', title: t('report.field.subject'), render: (_, r) => <Flex gap={6} wrap align="center">{kind(r)}<span>{r.subject}</span>{unread(r)}</Flex> },
          { key: 'author', title: t('supervision.col.person'), width: 100, render: (_, r) => r.author?.name ?? t('common.none') },
          { key: 'period', title: t('supervision.report.period'), width: 200, render: (_, r) => (r.periodStart === r.periodEnd ? r.periodStart : `${r.periodStart} ~ ${r.periodEnd}`) },
          { key: 'created', title: t('supervision.report.submitted'), width: 150, render: (_, r) => formatDateTime(r.createdAt) },
          { key: 'comments', title: t('supervision.col.comments'), width: 80, render: (_, r) => r.commentCount || t('common.none') },
        ]}
        line={(r) => (
          <>
            <Flex gap={6} wrap align="center">{kind(r)}<Typography.Text strong style={{ wordBreak: 'break-word' }}>{r.subject}</Typography.Text>{unread(r)}</Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(r.createdAt)}</Typography.Text>
          </>
        )}
      />
      <Drawer open={!!openId} onClose={close} size={screens.md ? 640 : '100%'} destroyOnHidden title={t('supervision.tab.reports')}>
        {openId && <ReportDetail id={openId} />}
      </Drawer>
    </Flex>
  );
}
