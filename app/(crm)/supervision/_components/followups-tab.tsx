'use client';
// The team's follow-ups, newest first: a table on a desktop (time, person, record, subject, method, content,
// substantive, comments), an activity feed of cards on a phone. A row opens the follow-up in a drawer with the
// comment box (批示), the same one the rest of the app uses.
import { useCallback, useState } from 'react';
import Link from 'next/link';
import { Badge, Flex, Tag, Typography } from 'antd';
import { CheckCircleTwoTone, MessageOutlined } from '@ant-design/icons';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDateTime } from '@/app/_lib/format';
import type { FollowUpItem } from '../../_components/activity/activity.api';
import { recordTypeLabel } from '../../_components/activity/activity-labels';
import { DictionaryText } from '../../_kit/fields/dictionary-text';
import { FollowUpDrawer } from '../../_components/activity/follow-up-detail';
import { FollowUpHeadline } from '../../_components/activity/follow-up-view';
import { recordHref } from '../../_components/notifications/notifications.api';
import { FOLLOW_UPS_QUERY, type SupervisionFilter } from './supervision.api';
import { PAGE, PagedRows } from './paged-rows';

/** The template fields as one line of text: objective, result, next step. */
const contentOf = (f: FollowUpItem) => [f.objective, f.result, f.nextStep].filter(Boolean).join(' / ');

export function RecordLink({ followUp }: { followUp: FollowUpItem }) {
  const { t } = useI18n();
  if (!followUp.parent) return <>{t('common.none')}</>;
  const href = recordHref(followUp.parent.type, followUp.parent.id);
  const text = `${recordTypeLabel(t, followUp.parent.type)} · ${followUp.parent.title}`;
  return href ? <Link href={href} onClick={(e) => e.stopPropagation()} style={{ wordBreak: 'break-word' }}>{text}</Link> : <span>{text}</span>;
}

function Comments({ followUp }: { followUp: FollowUpItem }) {
  const { t } = useI18n();
  if (followUp.unreadCommentCount > 0) return <Badge count={followUp.unreadCommentCount} size="small"><Tag color="red">{t('activity.unread')}</Tag></Badge>;
  return followUp.commentCount ? <span><MessageOutlined /> {followUp.commentCount}</span> : <>{t('common.none')}</>;
}

export function FollowUpsTab({ filter }: { filter: SupervisionFilter }) {
  const { t } = useI18n();
  const [page, setPage] = useState(1);
  const [openId, setOpenId] = useState<string | null>(null);
  const { data, error, isLoading, mutate } = useQuery(FOLLOW_UPS_QUERY, {
    filter, first: PAGE, offset: (page - 1) * PAGE,
  }, { keepPreviousData: true });
  const refresh = useCallback(() => void mutate(), [mutate]);
  const rows = data?.supervisedFollowUps.nodes ?? [];
  const total = data?.supervisedFollowUps.totalCount ?? 0;

  return (
    <Flex vertical gap={8}>
      <PagedRows<FollowUpItem>
        rows={rows} total={total} page={page} onPage={setPage} loading={isLoading} error={error} scrollX={1100} data-testid="supervision-followups"
        onOpen={(f) => setOpenId(f.id)} rowTestId={(f) => `sv-followup-${f.id}`}
        columns={[
          { key: 'time', title: t('supervision.col.time'), width: 140, render: (_, f) => formatDateTime(f.occurredAt) },
          { key: 'person', title: t('supervision.col.person'), width: 90, render: (_, f) => f.author?.name ?? t('common.none') },
          { key: 'record', title: t('supervision.col.record'), width: 220, render: (_, f) => <RecordLink followUp={f} /> },
          { key: 'subject', title: t('supervision.col.subject'), width: 80, render: (_, f) => <Tag color="blue">{f.subject}</Tag> },
          { key: 'method', title: t('supervision.col.method'), width: 70, render: (_, f) => <DictionaryText kind="followup_method" code={f.method} /> },
          { key: 'content', title: t('supervision.col.content'), render: (_, f) => <Typography.Paragraph ellipsis={{ rows: 2, tooltip: contentOf(f) }} style={{ margin: 0 }}>{contentOf(f)}</Typography.Paragraph> },
          { key: 'substantive', title: t('supervision.col.substantive'), width: 90, align: 'center', render: (_, f) => (f.substantive ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : t('common.none')) },
          { key: 'comments', title: t('supervision.col.comments'), width: 90, render: (_, f) => <Comments followUp={f} /> },
        ]}
        line={(f) => (
          <>
            <Flex justify="space-between" gap={6} align="flex-start">
              <FollowUpHeadline followUp={f} />
              <Comments followUp={f} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}><RecordLink followUp={f} /></Typography.Text>
            <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ margin: '2px 0 0', wordBreak: 'break-word' }}>{contentOf(f)}</Typography.Paragraph>
          </>
        )}
      />
      <FollowUpDrawer id={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
    </Flex>
  );
}
