'use client';
// A list of the viewer's notifications (newest first): unread ones marked; opening one marks it read and goes to
// its record. Used by the bell's dropdown and by the /notifications page.
import { useRouter } from 'next/navigation';
import { App, Badge, Flex, type PaginationProps, Typography } from 'antd';
import { Rows } from '../../schedule/_components/rows';
import { gql, revalidateQueries } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import { MARK_ALL_READ, MARK_READ, NOTIFICATIONS_QUERY, type NotificationItem, UNREAD_COUNT_QUERY, notificationHref } from './notifications.api';

export const refreshNotifications = () => revalidateQueries(NOTIFICATIONS_QUERY, UNREAD_COUNT_QUERY);

/** Marks one notification read (when unread) and opens its record. */
export function useOpenNotification(after?: () => void) {
  const router = useRouter();
  const { t } = useI18n();
  const { message } = App.useApp();
  return async (n: NotificationItem) => {
    try {
      if (!n.readAt) await gql(MARK_READ, { ids: [n.id] });
      void refreshNotifications();
      after?.();
      const href = notificationHref(n);
      if (href) router.push(href);
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
}

/** Marks every notification read, then refreshes the bell and the lists. */
export function useMarkAllRead() {
  const { t } = useI18n();
  const { message } = App.useApp();
  return async () => {
    try {
      await gql(MARK_ALL_READ);
      await refreshNotifications();
      message.success(t('notify.allRead'));
    } catch (error) {
      message.error(errorMessage(t, error));
    }
  };
}

interface Props {
  items: NotificationItem[];
  loading?: boolean;
  onOpen: (n: NotificationItem) => void;
  pagination?: PaginationProps | false;
}

export function NotificationList({ items, loading, onOpen, pagination }: Props) {
  const { t } = useI18n();
  return (
    <Rows<NotificationItem>
      loading={loading}
      items={items}
      empty={t('notify.empty')}
      pagination={pagination}
      render={(n) => (
        <div
          key={n.id}
          role="button"
          tabIndex={0}
          onClick={() => onOpen(n)}
          onKeyDown={(e) => { if (e.key === 'Enter') onOpen(n); }}
          style={{ cursor: 'pointer', padding: '10px 8px', borderBottom: '1px solid rgba(5,5,5,0.06)', background: n.readAt ? undefined : '#f0f7ff' }}
          data-testid={`notification-${n.id}`}
          data-notification="true"
          data-unread={n.readAt ? undefined : 'true'}
        >
          <Flex gap={8} align="flex-start">
            <Badge status={n.readAt ? 'default' : 'processing'} style={{ marginTop: 2 }} />
            <Flex vertical style={{ minWidth: 0, flex: 1 }}>
              <Typography.Text strong={!n.readAt} style={{ wordBreak: 'break-word' }}>{n.title}</Typography.Text>
              {n.body && <Typography.Text type="secondary" ellipsis={{ tooltip: n.body }} style={{ fontSize: 12 }}>{n.body}</Typography.Text>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</Typography.Text>
            </Flex>
          </Flex>
        </div>
      )}
    />
  );
}
