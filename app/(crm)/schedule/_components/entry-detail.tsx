'use client';
// One schedule entry: time, owner, participants, reminder, related record, details; edit and delete for its
// owner (and leaders whose write scope covers the owner).
import Link from 'next/link';
import { App, Button, Descriptions, Drawer, Flex, Grid, Popconfirm, Result, Spin, Tag, Typography } from 'antd';
import { gql, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { formatDate, formatDateTime } from '@/app/_lib/format';
import { useI18n } from '@/app/_lib/i18n/context';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import { recordHref } from '../../_components/notifications/notifications.api';
import { DELETE_ENTRY, ENTRY_QUERY, type ScheduleEntryItem } from './schedule.api';
import { reminderLabel } from './entry-form';

interface Props { id: string | null; onClose: () => void; onChanged: () => void; onEdit: (entry: ScheduleEntryItem) => void }

export function EntryDetail({ id, onClose, onChanged, onEdit }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const { data, error, isLoading } = useQuery(ENTRY_QUERY, id ? { id } : null);
  const entry = data?.scheduleEntry;
  const remove = async () => {
    if (!id) return;
    try {
      await gql(DELETE_ENTRY, { id });
      message.success(t('schedule.deleted'));
      onChanged();
      onClose();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };
  const when = entry ? (entry.allDay
    ? `${formatDate(entry.startAt)} – ${formatDate(entry.endAt)} · ${t('schedule.allDay')}`
    : `${formatDateTime(entry.startAt)} – ${formatDateTime(entry.endAt)}`) : '';
  const href = entry?.related ? recordHref(entry.related.type, entry.related.id) : null;
  const footer = entry?.viewerCanEdit ? (
    <Flex gap={8} justify="flex-end">
      <Button onClick={() => onEdit(entry)} data-testid="entry-edit">{t('action.edit')}</Button>
      <Popconfirm title={t('schedule.deleteConfirm')} onConfirm={remove} okText={t('action.confirm')} cancelText={t('action.cancel')}>
        <Button danger data-testid="entry-delete">{t('action.delete')}</Button>
      </Popconfirm>
    </Flex>
  ) : null;
  return (
    <Drawer open={!!id} onClose={onClose} size={screens.md ? 480 : '100%'} title={t('schedule.title')} destroyOnHidden footer={footer}>
      {isLoading && <Spin />}
      {error && <Typography.Text type="danger">{errorMessage(t, error)}</Typography.Text>}
      {data && !entry && <Result status="404" subTitle={t('schedule.notFound')} />}
      {entry && (
        <Flex vertical gap={12} data-testid="entry-detail">
          <Typography.Title level={5} style={{ margin: 0, wordBreak: 'break-word' }}>
            {entry.title} {entry.source === 'FOLLOW_UP' && <Tag color="purple">{t('schedule.source.FOLLOW_UP')}</Tag>}
          </Typography.Title>
          <Descriptions column={1} size="small" bordered>
            <Descriptions.Item label={t('schedule.field.startAt')}>{when}</Descriptions.Item>
            <Descriptions.Item label={t('schedule.field.owner')}>{entry.owner?.name ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('schedule.field.participants')}>{entry.participants.map((p) => p.name).join('、') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('schedule.field.reminder')}>{reminderLabel(t, entry.reminderMinutes)}</Descriptions.Item>
            {entry.related && (
              <Descriptions.Item label={t('schedule.field.related')}>
                {href ? <Link href={href} data-testid="entry-related">{recordTypeLabel(t, entry.related.type)} · {entry.related.title}</Link> : `${recordTypeLabel(t, entry.related.type)} · ${entry.related.title}`}
              </Descriptions.Item>
            )}
          </Descriptions>
          {entry.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word', margin: 0 }}>{entry.description}</Typography.Paragraph>}
        </Flex>
      )}
    </Drawer>
  );
}
