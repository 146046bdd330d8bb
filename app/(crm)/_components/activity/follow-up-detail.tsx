'use client';
// A follow-up with its comments: opening it marks the comments addressed to you as read (the marks stay visible
// until the next refresh, so you see what was new). The author may edit or delete it; leaders may comment.
import { useEffect, useRef, useState } from 'react';
import { App, Button, Card, Drawer, Flex, Grid, Popconfirm, Result, Skeleton, Space, Typography } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { gql, useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { DELETE_FOLLOW_UP, FOLLOW_UP_QUERY, MARK_COMMENTS_READ } from './activity.api';
import { CommentBox, CommentList } from './comment-thread';
import { FollowUpForm } from './follow-up-form';
import { FollowUpHeadline, FollowUpView } from './follow-up-view';

interface Props {
  id: string;
  /** Something changed (saved, commented, read): lists showing it should refresh. */
  onChanged?: () => void;
  onDeleted?: () => void;
}

export function FollowUpDetail({ id, onChanged, onDeleted }: Props) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const { data, error, isLoading, mutate } = useQuery(FOLLOW_UP_QUERY, { id }, { revalidateOnFocus: false });
  const marked = useRef<string | null>(null);
  const followUp = data?.followUp;

  useEffect(() => {
    if (!followUp || followUp.unreadCommentCount === 0 || marked.current === followUp.id) return;
    marked.current = followUp.id;
    void gql(MARK_COMMENTS_READ, { targetType: 'followup', targetId: followUp.id }).then(() => onChanged?.()).catch(() => undefined);
  }, [followUp, onChanged]);

  if (error) return <Result status="error" title={errorMessage(t, error)} />;
  if (isLoading || !data) return <Skeleton active />;
  if (!followUp) return <Result status="404" title={t('followup.notFound')} />;

  const remove = async () => {
    try {
      await gql(DELETE_FOLLOW_UP, { id: followUp.id });
      message.success(t('followup.deleted'));
      onChanged?.();
      onDeleted?.();
    } catch (e) {
      message.error(errorMessage(t, e));
    }
  };

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="followup-detail">
      <Flex justify="space-between" align="center" gap={8} wrap>
        <FollowUpHeadline followUp={followUp} />
        {followUp.viewerCanEdit && (
          <Space>
            <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="followup-edit">{t('action.edit')}</Button>
            <Popconfirm title={t('followup.deleteConfirm')} onConfirm={remove} okText={t('action.confirm')} cancelText={t('action.cancel')}>
              <Button size="small" danger icon={<DeleteOutlined />} data-testid="followup-delete">{t('action.delete')}</Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
      <FollowUpView followUp={followUp} />
      <Card size="small" title={t('followup.comments', { count: followUp.comments.length })} data-testid="followup-comments">
        <CommentList comments={followUp.comments} onChanged={() => { void mutate(); onChanged?.(); }} />
        <div style={{ marginTop: 8 }}>
          <CommentBox targetType="followup" targetId={followUp.id} onSent={() => { void mutate(); onChanged?.(); }} />
        </div>
      </Card>
      <FollowUpForm open={editing} followUp={followUp} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); void mutate(); onChanged?.(); }} />
    </Space>
  );
}

/** The follow-up in a drawer (full width on a phone). */
export function FollowUpDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged?: () => void }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer open={!!id} onClose={onClose} size={screens.md ? 600 : '100%'} destroyOnHidden title={<Typography.Text>{t('followup.list.title')}</Typography.Text>}>
      {id && <FollowUpDetail id={id} onChanged={onChanged} onDeleted={onClose} />}
    </Drawer>
  );
}
