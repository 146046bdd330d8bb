'use client';
// A record's comments (批示), oldest first, with unread marks, and the comment box for those who may comment.
import { useState } from 'react';
import { App, Button, Empty, Flex, Input, Tag, Typography } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { gql } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { COMMENT_ON, type CommentItem } from './activity.api';

export function CommentList({ comments }: { comments: CommentItem[] }) {
  const { t } = useI18n();
  if (!comments.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followup.noComments')} />;
  return (
    <Flex vertical data-testid="comment-list">
      {comments.map((c, i) => (
        <div key={c.id} data-testid={`comment-${c.id}`} style={{ padding: '8px 0', borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}>
          <Flex justify="space-between" gap={8} wrap>
            <Typography.Text strong>{c.author?.name ?? t('common.system')}</Typography.Text>
            <Flex gap={4} align="center">
              {c.unread && <Tag color="red" data-testid="comment-unread">{t('activity.unread')}</Tag>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(c.createdAt)}</Typography.Text>
            </Flex>
          </Flex>
          <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{c.content}</Typography.Paragraph>
        </div>
      ))}
    </Flex>
  );
}

/** The comment box, shown only to users with supervision:comment. */
export function CommentBox({ targetType, targetId, onSent }: { targetType: string; targetId: string; onSent: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  if (!can(me, 'supervision:comment')) return null;
  const send = async () => {
    if (!text.trim()) return;
    setSending(true);
    try {
      await gql(COMMENT_ON, { input: { targetType, targetId, content: text.trim() } });
      setText('');
      message.success(t('followup.commentSent'));
      onSent();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setSending(false);
    }
  };
  return (
    <Flex vertical gap={8} data-testid="comment-box">
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder={t('followup.commentPlaceholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={2000}
        data-testid="comment-input"
      />
      <Flex justify="flex-end">
        <Button type="primary" icon={<SendOutlined />} loading={sending} disabled={!text.trim()} onClick={send} data-testid="comment-send">{t('followup.commentSend')}</Button>
      </Flex>
    </Flex>
  );
}
