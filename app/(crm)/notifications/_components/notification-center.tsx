'use client';
// The full notification list with paging, an unread-only switch and "mark all read".
import { useState } from 'react';
import { Button, Card, Checkbox, Flex, Grid, Space, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { useI18n } from '@/app/_lib/i18n/context';
import { NOTIFICATIONS_QUERY } from '../../_components/notifications/notifications.api';
import { totalLabel } from '../../_kit/list/total';
import { NotificationList, useMarkAllRead, useOpenNotification } from '../../_components/notifications/notification-list';

export function NotificationCenter() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const { data, error, isLoading } = useQuery(NOTIFICATIONS_QUERY, {
    first: page.pageSize, offset: (page.current - 1) * page.pageSize, unreadOnly,
  }, { keepPreviousData: true });
  const open = useOpenNotification();
  const markAll = useMarkAllRead();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('notify.page.title')}</Typography.Title>
        <Flex gap={12} align="center" wrap>
          <Checkbox checked={unreadOnly} onChange={(e) => { setUnreadOnly(e.target.checked); setPage((p) => ({ ...p, current: 1 })); }} data-testid="notification-unread-only">{t('notify.unreadOnly')}</Checkbox>
          <Button onClick={markAll} data-testid="notification-page-mark-all">{t('notify.markAllRead')}</Button>
        </Flex>
      </Flex>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      <Card size="small" styles={{ body: { padding: screens.md ? 12 : 4 } }}>
        <NotificationList
          items={data?.notifications.nodes ?? []} loading={isLoading} onOpen={open}
          pagination={{
            current: page.current, pageSize: page.pageSize, total: data?.notifications.totalCount ?? 0, simple: !screens.md, align: 'center',
            showTotal: () => totalLabel(t, data?.notifications), onChange: (current: number, pageSize: number) => setPage({ current, pageSize }),
          }}
        />
      </Card>
    </Space>
  );
}
