'use client';
// Sign-in attempts, newest first, filtered by username, result and time.
import { Card, Col, Input, Row, Select, Space, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { loginErrorKey } from '@/app/_lib/auth-flow';
import { formatDateTime } from '@/app/_lib/format';
import { LOGIN_LOGS_QUERY, type LoginLogFilter, type LoginLogRow } from '@/app/_lib/api/admin';
import { AdminTable, DayRangeFilter, usePagedFilter } from '../../_components/admin-table';

export function LoginLogList() {
  const { t } = useI18n();
  const { update, page, setPage, variables } = usePagedFilter<LoginLogFilter>();
  const { data, error, isLoading } = useQuery(LOGIN_LOGS_QUERY, variables, { keepPreviousData: true });

  const columns: TableColumnsType<LoginLogRow> = [
    { key: 'time', title: t('admin.login.time'), width: 150, render: (_, r) => formatDateTime(r.createdAt) },
    { key: 'username', dataIndex: 'username', title: t('admin.login.username'), width: 120 },
    { key: 'result', title: t('admin.login.result'), width: 90, render: (_, r) => (r.success ? <Tag color="green">{t('admin.login.success')}</Tag> : <Tag color="red">{t('admin.login.failure')}</Tag>) },
    { key: 'reason', title: t('admin.login.reason'), width: 200, render: (_, r) => (r.reason ? t(loginErrorKey(r.reason)) : '') },
    { key: 'ip', dataIndex: 'ip', title: t('admin.login.ip'), width: 130 },
    { key: 'userAgent', dataIndex: 'userAgent', title: t('admin.login.userAgent'), width: 320, ellipsis: true },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('admin.login.title')}</Typography.Title>
      <Card size="small">
        <Row gutter={[12, 12]}>
          <Col xs={24} md={8} xl={6}>
            <Input.Search allowClear placeholder={t('admin.login.username')} aria-label={t('admin.login.username')} data-testid="login-log-filter-username"
              onSearch={(v) => update({ username: v.trim() || undefined })} />
          </Col>
          <Col xs={24} md={6} xl={4}>
            <Select allowClear style={{ width: '100%' }} placeholder={t('admin.login.result')} aria-label={t('admin.login.result')} data-testid="login-log-filter-result"
              options={[{ value: 'true', label: t('admin.login.success') }, { value: 'false', label: t('admin.login.failure') }]}
              onChange={(v?: string) => update({ success: v === undefined ? undefined : v === 'true' })} />
          </Col>
          <Col xs={24} md={10} xl={8}>
            <DayRangeFilter data-testid="login-log-filter-range" onChange={update} />
          </Col>
        </Row>
      </Card>
      <AdminTable<LoginLogRow>
        rows={data?.loginLogs.nodes ?? []} total={data?.loginLogs.totalCount ?? 0} loading={isLoading} error={error} columns={columns}
        scrollX={1010} rowTestId={(r) => `login-log-row-${r.id}`} page={page} onPage={setPage}
      />
    </Space>
  );
}
