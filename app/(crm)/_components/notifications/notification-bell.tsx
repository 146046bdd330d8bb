'use client';
// The bell in the app header: the unread count (polled every 30 seconds), a dropdown (a drawer on phones) with the
// latest notifications, "mark all read" and a link to the full list. Opening one marks it read and goes to its record.
import { useState } from 'react';
import Link from 'next/link';
import { Badge, Button, Drawer, Flex, Grid, Popover, Typography } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { NOTIFICATIONS_QUERY, UNREAD_COUNT_QUERY } from './notifications.api';
import { NotificationList, useMarkAllRead, useOpenNotification } from './notification-list';

export const POLL_MS = 30_000;
const LATEST = 10;

function BellPanel({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const { data, isLoading } = useQuery(NOTIFICATIONS_QUERY, { first: LATEST });
  const open = useOpenNotification(onClose);
  const markAll = useMarkAllRead();
  return (
    <Flex vertical gap={8} data-testid="notification-panel">
      <div style={{ maxHeight: 420, overflowY: 'auto' }}>
        <NotificationList items={data?.notifications.nodes ?? []} loading={isLoading} onOpen={open} />
      </div>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Button size="small" onClick={markAll} data-testid="notification-mark-all">{t('notify.markAllRead')}</Button>
        <Link href="/notifications" onClick={onClose} data-testid="notification-view-all">{t('notify.viewAll')}</Link>
      </Flex>
    </Flex>
  );
}

export function NotificationBell() {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const { data } = useQuery(UNREAD_COUNT_QUERY, {}, { refreshInterval: POLL_MS });
  const count = data?.unreadNotificationCount ?? 0;
  const button = (onClick?: () => void) => (
    <Button type="text" aria-label={t('notify.bell', { count })} data-testid="notification-bell" onClick={onClick}
      icon={<Badge count={count} size="small" overflowCount={99} data-testid="notification-count"><BellOutlined style={{ fontSize: 18 }} /></Badge>} />
  );
  const close = () => setOpen(false);
  if (!screens.md) {
    return (
      <>
        {button(() => setOpen(true))}
        <Drawer placement="right" open={open} onClose={close} size="100%" title={t('notify.title')} styles={{ body: { padding: 12 } }}>
          {open && <BellPanel onClose={close} />}
        </Drawer>
      </>
    );
  }
  return (
    <Popover open={open} onOpenChange={setOpen} trigger="click" placement="bottomRight" arrow={false}
      title={<Typography.Text strong>{t('notify.title')}</Typography.Text>}
      content={<div style={{ width: 380 }}>{open && <BellPanel onClose={close} />}</div>}>
      {button()}
    </Popover>
  );
}
