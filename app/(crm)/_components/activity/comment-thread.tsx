'use client';
// A record's comments (批示), oldest first, with unread marks; leaders write new ones (supervision:comment), and
// anyone in the thread (the record's author, earlier commenters, the mentioned) answers one. Both may @ colleagues:
// the server tells only those who can read the record.
import { useState } from 'react';
import { App, Button, Empty, Flex, Input, Tag, Typography } from 'antd';
import { MessageOutlined, SendOutlined } from '@ant-design/icons';
import { gql } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { formatDateTime } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { COMMENT_ON, REPLY_TO_COMMENT, type CommentItem } from './activity.api';
import { MentionPicker, type Mentioned } from './mention-picker';

/** "@张三 @李四 " before the text, so the thread reads as it was meant. */
const withMentions = (text: string, mentioned: Mentioned[]) =>
  `${mentioned.map((u) => `@${u.name} `).join('')}${text.trim()}`;

export function CommentList({ comments, onChanged }: { comments: CommentItem[]; onChanged?: () => void }) {
  const { t } = useI18n();
  const [replying, setReplying] = useState<string | null>(null);
  if (!comments.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('followup.noComments')} />;
  const byId = new Map(comments.map((c) => [c.id, c]));
  return (
    <Flex vertical data-testid="comment-list">
      {comments.map((c, i) => {
        const answered = c.replyToId ? byId.get(c.replyToId) : null;
        return (
          <div key={c.id} data-testid={`comment-${c.id}`} style={{ padding: '8px 0', borderTop: i ? '1px solid rgba(5, 5, 5, 0.06)' : undefined }}>
            <Flex justify="space-between" gap={8} wrap>
              <Typography.Text strong>
                {c.author?.name ?? t('common.system')}
                {answered && <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}> {t('daily.comment.replyTo', { name: answered.author?.name ?? t('common.system') })}</Typography.Text>}
              </Typography.Text>
              <Flex gap={4} align="center">
                {c.unread && <Tag color="red" data-testid="comment-unread">{t('activity.unread')}</Tag>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(c.createdAt)}</Typography.Text>
              </Flex>
            </Flex>
            <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{c.content}</Typography.Paragraph>
            {c.viewerCanReply && onChanged && replying !== c.id && (
              <Button type="link" size="small" icon={<MessageOutlined />} style={{ paddingInline: 0 }} onClick={() => setReplying(c.id)} data-testid={`comment-reply-${c.id}`}>
                {t('daily.comment.reply')}
              </Button>
            )}
            {replying === c.id && onChanged && (
              <ReplyBox commentId={c.id} onCancel={() => setReplying(null)} onSent={() => { setReplying(null); onChanged(); }} />
            )}
          </div>
        );
      })}
    </Flex>
  );
}

function useSend(send: (content: string, mentionIds: string[]) => Promise<unknown>, onSent: () => void, done: string) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState('');
  const [mentioned, setMentioned] = useState<Mentioned[]>([]);
  const [sending, setSending] = useState(false);
  const submit = async () => {
    if (!text.trim()) return;
    setSending(true);
    try {
      await send(withMentions(text, mentioned), mentioned.map((u) => u.id));
      setText('');
      setMentioned([]);
      message.success(done);
      onSent();
    } catch (error) {
      message.error(errorMessage(t, error));
    } finally {
      setSending(false);
    }
  };
  return { text, setText, mentioned, setMentioned, sending, submit };
}

function Composer({ state, placeholder, sendLabel, testId, extra }: {
  state: ReturnType<typeof useSend>; placeholder: string; sendLabel: string; testId: string; extra?: React.ReactNode;
}) {
  return (
    <Flex vertical gap={8} data-testid={`${testId}-box`}>
      <Input.TextArea
        value={state.text} onChange={(e) => state.setText(e.target.value)} placeholder={placeholder}
        autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1800} data-testid={`${testId}-input`}
      />
      <Flex justify="space-between" gap={8} wrap>
        <MentionPicker value={state.mentioned} onChange={state.setMentioned} data-testid={`${testId}-mentions`} />
        <Flex gap={8}>
          {extra}
          <Button type="primary" icon={<SendOutlined />} loading={state.sending} disabled={!state.text.trim()} onClick={state.submit} data-testid={`${testId}-send`}>{sendLabel}</Button>
        </Flex>
      </Flex>
    </Flex>
  );
}

export function ReplyBox({ commentId, onSent, onCancel }: { commentId: string; onSent: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  const state = useSend((content, mentionIds) => gql(REPLY_TO_COMMENT, { input: { commentId, content, mentionIds } }), onSent, t('daily.comment.replied'));
  return (
    <div style={{ marginTop: 4 }}>
      <Composer state={state} placeholder={t('daily.comment.replyPlaceholder')} sendLabel={t('daily.comment.sendReply')} testId="reply"
        extra={<Button onClick={onCancel}>{t('action.cancel')}</Button>} />
    </div>
  );
}

/** The comment box, shown only to users with supervision:comment. */
export function CommentBox({ targetType, targetId, onSent }: { targetType: string; targetId: string; onSent: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const state = useSend((content, mentionIds) => gql(COMMENT_ON, { input: { targetType, targetId, content, mentionIds } }), onSent, t('followup.commentSent'));
  if (!can(me, 'supervision:comment')) return null;
  return <Composer state={state} placeholder={t('followup.commentPlaceholder')} sendLabel={t('followup.commentSend')} testId="comment" />;
}
