'use client';
// One follow-up, read-only: who, when, how, the template fields, next contact, attachments.
import { Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { PaperClipOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDateTime } from '@/app/_lib/format';
import type { FollowUpItem } from './activity.api';
import { useDictionaryLabel } from '@/app/_lib/dictionaries';
import { formatBytes, recordTypeLabel } from './activity-labels';

export function FollowUpHeadline({ followUp }: { followUp: FollowUpItem }) {
  const { t } = useI18n();
  const label = useDictionaryLabel();
  return (
    <Flex gap={6} wrap align="center">
      <Typography.Text strong>{followUp.author?.name ?? t('common.system')}</Typography.Text>
      <Tag color="blue">{followUp.subject}</Tag>
      <Tag>{label('followup_method', followUp.method)}</Tag>
      {followUp.substantive && <Tag color="green">{t('followup.substantive')}</Tag>}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(followUp.occurredAt)}</Typography.Text>
    </Flex>
  );
}

export function AttachmentLinks({ followUp }: { followUp: FollowUpItem }) {
  if (!followUp.attachments.length) return null;
  return (
    <Space orientation="vertical" size={2}>
      {followUp.attachments.map((a) => (
        <a key={a.id} href={a.url} target="_blank" rel="noreferrer" data-testid={`attachment-${a.id}`} style={{ wordBreak: 'break-all' }}>
          <PaperClipOutlined /> {a.fileName} <Typography.Text type="secondary" style={{ fontSize: 12 }}>({formatBytes(a.size)})</Typography.Text>
        </a>
      ))}
    </Space>
  );
}

export function FollowUpView({ followUp }: { followUp: FollowUpItem }) {
  const { t } = useI18n();
  const label = useDictionaryLabel();
  const text = (value: string | null) => <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{value || t('common.none')}</span>;
  return (
    <Descriptions
      size="small"
      column={1}
      bordered
      data-testid="followup-view"
      items={[
        { key: 'when', label: t('followup.field.occurredAt'), children: formatDateTime(followUp.occurredAt) },
        { key: 'subject', label: t('followup.field.subject'), children: `${followUp.subject} · ${label('followup_method', followUp.method)}` },
        { key: 'author', label: t('followup.field.author'), children: followUp.author?.name ?? t('common.none') },
        ...(followUp.parent ? [{ key: 'parent', label: t('followup.field.parent'), children: `${recordTypeLabel(t, followUp.parent.type)} · ${followUp.parent.title}` }] : []),
        { key: 'participants', label: t('followup.field.participants'), children: text(followUp.participants) },
        { key: 'objective', label: t('followup.field.objective'), children: text(followUp.objective) },
        { key: 'result', label: t('followup.field.result'), children: text(followUp.result) },
        { key: 'next', label: t('followup.field.nextStep'), children: text(followUp.nextStep) },
        { key: 'nextAt', label: t('followup.field.nextContactAt'), children: formatDateTime(followUp.nextContactAt) },
        { key: 'substantive', label: t('followup.field.substantive'), children: followUp.substantive ? t('common.yes') : t('common.no') },
        ...(followUp.attachments.length ? [{ key: 'files', label: t('followup.field.attachments'), children: <AttachmentLinks followUp={followUp} /> }] : []),
      ]}
    />
  );
}
