'use client';
// Sign-in attempts, newest first, filtered by username, result and time.
import { useState } from 'react';
import { Card, Col, DatePicker, Grid, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { loginErrorKey } from '@/app/_lib/auth-flow';
import { dayBoundary, formatDateTime } from '@/app/_lib/format';
import { LOGIN_LOGS_QUERY, type LoginLogFilter, type LoginLogRow } from '@/app/_lib/api/admin';

export function LoginLogList() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [filter, setFilter] = useState<LoginLogFilter>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, error, isLoading } = useQuery(LOGIN_LOGS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, filter,
  }, { keepPreviousData: true });
  const update = (patch: LoginLogFilter) => { setFilter((f) => ({ ...f, ...patch })); setPage((p) => ({ ...p, current: 1 })); };

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
            <DatePicker.RangePicker style={{ width: '100%' }} data-testid="login-log-filter-range"
              onChange={(range: [Dayjs | null, Dayjs | null] | null) => update({
                from: range?.[0] ? dayBoundary(range[0], 'start') : undefined,
                to: range?.[1] ? dayBoundary(range[1], 'end') : undefined,
              })} />
          </Col>
        </Row>
      </Card>
      <Card size="small" styles={{ body: { padding: screens.md ? 16 : 8 } }}>
        {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
        <Table<LoginLogRow>
          rowKey="id" size={screens.md ? 'middle' : 'small'} loading={isLoading} columns={columns} dataSource={data?.loginLogs.nodes ?? []}
          scroll={{ x: 1010 }} onRow={(r) => ({ 'data-testid': `login-log-row-${r.id}` }) as React.HTMLAttributes<HTMLElement>}
          pagination={{
            current: page.current, pageSize: page.pageSize, total: data?.loginLogs.totalCount ?? 0, showSizeChanger: true,
            simple: !screens.md, showTotal: (total) => t('common.total', { total }),
          }}
          onChange={(p) => setPage({ current: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        />
      </Card>
    </Space>
  );
}
