'use client';
// The activity panel for any record page (customer, contact, lead, opportunity, contract, receivable): log a follow-up with
// the template and attachments, start a task about the record, the record's timeline as a timeline or a table,
// comments (批示) for leaders, and unread comment marks. Opening the page marks the comments on the record itself as read.
import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Card, Empty, Flex, Modal, Segmented, Select, Skeleton, Typography } from 'antd';
import { CheckSquareOutlined, CommentOutlined, PlusOutlined } from '@ant-design/icons';
import { gql, useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { MARK_COMMENTS_READ, TIMELINE_QUERY } from './activity.api';
import { kindLabel } from './activity-labels';
import { ActivityTableView, ActivityTimelineView } from './activity-timeline';
import { CommentBox, ReplyBox } from './comment-thread';
import { FollowUpDrawer } from './follow-up-detail';
import { FollowUpForm } from './follow-up-form';
import { TaskForm } from '../../tasks/_components/task-form';

interface Props {
  targetType: string;
  targetId: string;
  /** Whether follow-ups can be logged here (default: yes for the record types that carry them). */
  canLog?: boolean;
  /** Called after a follow-up is saved (the page may show last/next follow-up times). */
  onChanged?: () => void;
  /** The record's name: given, the panel offers a new task about the record (it names it in the task form). */
  targetTitle?: string;
}

const PAGE = 20;
const LOGGABLE = new Set(['customer', 'contact', 'lead', 'opportunity', 'contract']);

export function ActivityPanel({ targetType, targetId, canLog, onChanged, targetTitle }: Props) {
  const { t } = useI18n();
  const { me } = useMe();
  const [view, setView] = useState<'timeline' | 'table'>('timeline');
  const [kinds, setKinds] = useState<string[]>([]);
  const [first, setFirst] = useState(PAGE);
  const [logging, setLogging] = useState(false);
  const [commenting, setCommenting] = useState(false);
  const [tasking, setTasking] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const { data, error, isLoading, mutate } = useQuery(
    TIMELINE_QUERY, { targetType, targetId, first, kinds: kinds.length ? kinds : null }, { keepPreviousData: true },
  );
  const refresh = useCallback(() => { void mutate(); onChanged?.(); }, [mutate, onChanged]);

  // Comments on the record itself count as read once the record is open; the marks stay until the next refresh.
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || !data) return;
    if (!data.timeline.nodes.some((i) => i.comment?.unread && i.targetType === targetType && i.targetId === targetId)) return;
    marked.current = true;
    void gql(MARK_COMMENTS_READ, { targetType, targetId }).catch(() => undefined);
  }, [data, targetType, targetId]);

  const mayLog = canLog ?? LOGGABLE.has(targetType);
  const mayComment = can(me, 'supervision:comment');
  const items = data?.timeline.nodes ?? [];

  return (
    <Card
      size="small"
      title={t('activity.title')}
      data-testid="activity-panel"
      extra={(
        <Flex gap={8} wrap justify="flex-end">
          {targetTitle && <Button size="small" icon={<CheckSquareOutlined />} onClick={() => setTasking(true)} data-testid="activity-task">{t('task.create')}</Button>}
          {mayComment && <Button size="small" icon={<CommentOutlined />} onClick={() => setCommenting(true)} data-testid="activity-comment">{t('activity.comment')}</Button>}
          {mayLog && <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)} data-testid="activity-log">{t('activity.log')}</Button>}
        </Flex>
      )}
    >
      <Flex gap={8} wrap justify="space-between" style={{ marginBottom: 12 }}>
        <Segmented
          size="small"
          value={view}
          onChange={(v) => setView(v as 'timeline' | 'table')}
          options={[{ value: 'timeline', label: t('activity.view.timeline') }, { value: 'table', label: t('activity.view.table') }]}
          data-testid="activity-view"
        />
        <Select
          size="small"
          mode="multiple"
          allowClear
          value={kinds}
          onChange={(v) => { setKinds(v); setFirst(PAGE); }}
          placeholder={t('activity.kinds.all')}
          options={(data?.timelineKinds ?? []).map((k) => ({ value: k, label: kindLabel(t, k) }))}
          style={{ minWidth: 160, flex: '0 1 240px' }}
          data-testid="activity-kinds"
        />
      </Flex>
      {error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      {isLoading && !data ? <Skeleton active /> : items.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activity.empty')} /> : view === 'timeline'
        ? <ActivityTimelineView items={items} targetType={targetType} targetId={targetId} onOpenFollowUp={setOpenId} onReply={setReplyTo} />
        : <ActivityTableView items={items} targetType={targetType} targetId={targetId} onOpenFollowUp={setOpenId} />}
      {data?.timeline.pageInfo?.hasNextPage && (
        <Flex justify="center" style={{ marginTop: 8 }}>
          <Button onClick={() => setFirst((n) => Math.min(n + PAGE, 200))} disabled={first >= 200} data-testid="activity-more">
            {t('activity.loadMore')} ({items.length}/{data.timeline.totalCount})
          </Button>
        </Flex>
      )}
      <FollowUpForm open={logging} parent={{ type: targetType, id: targetId }} onClose={() => setLogging(false)} onSaved={() => { setLogging(false); refresh(); }} />
      {targetTitle && (
        <TaskForm open={tasking} related={{ type: targetType, id: targetId, title: targetTitle }} onClose={() => setTasking(false)} onSaved={() => { setTasking(false); refresh(); }} />
      )}
      <FollowUpDrawer id={openId} onClose={() => setOpenId(null)} onChanged={refresh} />
      <Modal open={!!replyTo} onCancel={() => setReplyTo(null)} footer={null} title={t('daily.comment.reply')} destroyOnHidden>
        {replyTo && <ReplyBox commentId={replyTo} onCancel={() => setReplyTo(null)} onSent={() => { setReplyTo(null); refresh(); }} />}
      </Modal>
      <Modal open={commenting} onCancel={() => setCommenting(false)} footer={null} title={t('activity.comment')} destroyOnHidden>
        <CommentBox targetType={targetType} targetId={targetId} onSent={() => { setCommenting(false); refresh(); }} />
      </Modal>
    </Card>
  );
}
