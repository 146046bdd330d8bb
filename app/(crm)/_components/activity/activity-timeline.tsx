'use client';
// The record's timeline in two forms: a timeline (follow-ups as cards, comments and changes as short lines) and
// a table for leaders who review many entries at once. Both show unread comment marks. System operations of one day
// fold into one line in the timeline, so follow-ups, comments and approvals stand out.
import { Badge, Flex, Table, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { DownOutlined, MessageOutlined, PaperClipOutlined, UpOutlined } from '@ant-design/icons';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDateTime } from '@/app/_lib/format';
import { actionLabel, fieldLabel, parseChanges } from '@/app/_lib/history';
import { hasMessage } from '@/app/_lib/i18n/catalog';
import type { TimelineItem } from './activity.api';
import { kindColor, kindLabel, recordTypeLabel } from './activity-labels';
import { FollowUpHeadline } from './follow-up-view';

interface Props {
  items: TimelineItem[];
  targetType: string;
  targetId: string;
  onOpenFollowUp: (id: string) => void;
  /** Answer a comment on the record (those in its thread). */
  onReply?: (commentId: string) => void;
}

/** A run of system operations (audit entries) of one day, shown as one line until opened. */
interface Fold { fold: true; key: string; day: string; items: TimelineItem[] }

/** Consecutive audit entries of the same day become one fold; everything else stays as it is. */
function foldOperations(items: TimelineItem[]): (TimelineItem | Fold)[] {
  const out: (TimelineItem | Fold)[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    const day = formatDateTime(item.at).slice(0, 10);
    if (item.kind === 'AUDIT' && last && 'fold' in last && last.day === day) last.items.push(item);
    else out.push(item.kind === 'AUDIT' ? { fold: true, key: `fold-${item.id}`, day, items: [item] } : item);
  }
  return out;
}

/** "（联系人 张宏）" when the entry is about a child record, not the record itself. */
function elsewhere(t: Translate, item: TimelineItem, targetType: string, targetId: string) {
  if (!item.target || (item.target.type === targetType && item.target.id === targetId)) return null;
  return <Tag variant="filled">{recordTypeLabel(t, item.target.type)} · {item.target.title}</Tag>;
}

function auditText(t: Translate, item: TimelineItem) {
  const entry = item.auditEntry;
  if (!entry) return item.title ?? '';
  const entityKey = `history.entity.${entry.entityType}`;
  const entity = hasMessage(entityKey) ? t(entityKey as MessageKey) : recordTypeLabel(t, entry.entityType);
  const fields = entry.action === 'update' ? parseChanges(entry.changes).map((c) => fieldLabel(t, entry.entityType, c.field)).join('、') : '';
  return `${actionLabel(t, entry.action)}${entity}${fields ? `：${fields}` : ''}`;
}

/** 提交审批「合同审批」 / 部门负责人审批：同意 — 金额合理. */
function approvalText(t: Translate, item: TimelineItem) {
  const key = `daily.approval.${item.status ?? ''}`;
  const what = hasMessage(key) ? t(key as MessageKey) : '';
  return [`${what}${item.title ? `「${item.title}」` : ''}`, item.summary].filter(Boolean).join('：');
}

function describe(t: Translate, item: TimelineItem) {
  if (item.kind === 'FOLLOW_UP' && item.followUp) return `${item.followUp.subject}：${item.followUp.result}`;
  if (item.kind === 'COMMENT' && item.comment) return item.comment.content;
  if (item.kind === 'AUDIT') return auditText(t, item);
  if (item.kind === 'APPROVAL') return approvalText(t, item);
  return [item.title, item.summary].filter(Boolean).join(' · ');
}

function FollowUpEntry({ item, onOpen, extra }: { item: TimelineItem; onOpen: () => void; extra: React.ReactNode }) {
  const { t } = useI18n();
  const f = item.followUp!;
  return (
    <div role="button" tabIndex={0} onClick={onOpen} onKeyDown={(e) => { if (e.key === 'Enter') onOpen(); }} style={{ cursor: 'pointer' }} data-testid={`timeline-followup-${f.id}`}>
      <Flex gap={6} wrap align="center">
        <FollowUpHeadline followUp={f} />
        {extra}
        {f.unreadCommentCount > 0 && <Badge count={t('activity.unreadComments', { count: f.unreadCommentCount })} data-testid="followup-unread-badge" />}
      </Flex>
      <Typography.Paragraph style={{ margin: '4px 0 0', wordBreak: 'break-word' }} ellipsis={{ rows: 3 }}>
        {f.objective && <><Typography.Text type="secondary">{t('followup.field.objective')}：</Typography.Text>{f.objective}<br /></>}
        <Typography.Text type="secondary">{t('followup.field.result')}：</Typography.Text>{f.result}
        {f.nextStep && <><br /><Typography.Text type="secondary">{t('followup.field.nextStep')}：</Typography.Text>{f.nextStep}</>}
      </Typography.Paragraph>
      <Flex gap={12} wrap style={{ fontSize: 12 }}>
        {f.nextContactAt && <Typography.Text type="warning" style={{ fontSize: 12 }}>{t('followup.nextContact', { time: formatDateTime(f.nextContactAt) })}</Typography.Text>}
        {f.attachments.length > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}><PaperClipOutlined /> {f.attachments.length}</Typography.Text>}
        {f.commentCount > 0 && <Typography.Text type="secondary" style={{ fontSize: 12 }}><MessageOutlined /> {f.commentCount}</Typography.Text>}
      </Flex>
    </div>
  );
}

function Entry({ item, targetType, targetId, onOpenFollowUp, onReply }: Omit<Props, 'items'> & { item: TimelineItem }) {
  const { t } = useI18n();
  const extra = elsewhere(t, item, targetType, targetId);
  if (item.kind === 'FOLLOW_UP' && item.followUp) return <FollowUpEntry item={item} extra={extra} onOpen={() => onOpenFollowUp(item.followUp!.id)} />;
  const answerable = item.kind === 'COMMENT' && item.comment?.viewerCanReply && item.targetType !== 'followup' && onReply;
  return (
    <div data-testid={`timeline-${item.kind.toLowerCase()}-${item.entityId}`}>
      <Flex gap={6} wrap align="center">
        <Typography.Text strong>{item.actor?.name ?? t('common.system')}</Typography.Text>
        <Tag color={kindColor(item.kind)}>{kindLabel(t, item.kind)}</Tag>
        {item.comment?.unread && <Tag color="red" data-testid="comment-unread">{t('activity.unread')}</Tag>}
        {item.kind === 'COMMENT' && item.targetType === 'followup' && item.target
          ? <Typography.Link onClick={() => onOpenFollowUp(item.targetId)}>{t('activity.commentOn', { title: item.target.title })}</Typography.Link>
          : extra}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(item.at)}</Typography.Text>
      </Flex>
      <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} ellipsis={{ rows: 4 }}>{describe(t, item)}</Typography.Paragraph>
      {answerable && <Typography.Link onClick={() => onReply(item.comment!.id)} data-testid={`timeline-reply-${item.entityId}`}>{t('daily.comment.reply')}</Typography.Link>}
    </div>
  );
}

export function ActivityTimelineView({ items, ...rest }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Set<string>>(new Set());
  return (
    <Timeline
      data-testid="activity-timeline"
      items={foldOperations(items).map((entry) => {
        if (!('fold' in entry)) return { key: entry.id, color: kindColor(entry.kind), content: <Entry item={entry} {...rest} /> };
        const shown = open.has(entry.key);
        return {
          key: entry.key,
          color: 'gray',
          content: (
            <div data-testid="timeline-operations">
              <Typography.Link type="secondary" onClick={() => setOpen((s) => { const n = new Set(s); if (shown) n.delete(entry.key); else n.add(entry.key); return n; })}>
                {t('daily.timeline.operations', { day: entry.day, count: entry.items.length })} {shown ? <UpOutlined /> : <DownOutlined />}
              </Typography.Link>
              {shown && (
                <Flex vertical gap={4} style={{ marginTop: 4 }}>
                  {entry.items.map((item) => (
                    <Typography.Text key={item.id} type="secondary" style={{ fontSize: 12 }} data-testid={`timeline-audit-${item.entityId}`}>
                      {formatDateTime(item.at).slice(11)} {item.actor?.name ?? t('common.system')} {auditText(t, item)}
                    </Typography.Text>
                  ))}
                </Flex>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

export function ActivityTableView({ items, targetType, targetId, onOpenFollowUp }: Props) {
  const { t } = useI18n();
  return (
    <Table<TimelineItem>
      rowKey="id"
      size="small"
      dataSource={items}
      pagination={false}
      scroll={{ x: 720 }}
      data-testid="activity-table"
      onRow={(item) => ({
        onClick: () => { if (item.kind === 'FOLLOW_UP') onOpenFollowUp(String(item.entityId)); else if (item.kind === 'COMMENT' && item.targetType === 'followup') onOpenFollowUp(item.targetId); },
        style: { cursor: item.kind === 'FOLLOW_UP' || item.targetType === 'followup' ? 'pointer' : undefined },
      })}
      columns={[
        { key: 'at', title: t('activity.column.time'), width: 140, render: (_, item) => formatDateTime(item.at) },
        { key: 'kind', title: t('activity.column.kind'), width: 90, render: (_, item) => <Tag color={kindColor(item.kind)}>{kindLabel(t, item.kind)}</Tag> },
        { key: 'actor', title: t('activity.column.actor'), width: 100, render: (_, item) => item.actor?.name ?? t('common.system') },
        { key: 'record', title: t('activity.column.record'), width: 160, render: (_, item) => (item.target ? `${recordTypeLabel(t, item.target.type)} · ${item.target.title}` : t('common.none')) },
        {
          key: 'content', title: t('activity.column.content'),
          render: (_, item) => (
            <Flex gap={4} align="center" wrap>
              {(item.comment?.unread || (item.followUp?.unreadCommentCount ?? 0) > 0) && <Tag color="red">{t('activity.unread')}</Tag>}
              <Typography.Text style={{ wordBreak: 'break-word' }}>{describe(t, item)}</Typography.Text>
            </Flex>
          ),
        },
      ]}
      locale={{ emptyText: t('activity.empty') }}
    />
  );
}

