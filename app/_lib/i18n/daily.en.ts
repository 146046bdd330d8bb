// English messages of the daily-use pages: contact detail, replies and mentions, finance lists, work-report templates.
import type { dailyZhCN } from './daily.zh-CN';

export const dailyEn: Record<keyof typeof dailyZhCN, string> = {
  'daily.contact.notFound': 'The contact does not exist or you may not see it',
  'daily.contact.fields': 'Contact details',
  'daily.contact.createdAt': 'Created',
  'daily.comment.reply': 'Reply',
  'daily.comment.replyTo': 'replying to {name}',
  'daily.comment.replied': 'Reply sent',
  'daily.comment.replyPlaceholder': 'Write your reply…',
  'daily.comment.sendReply': 'Send reply',
  'daily.comment.mention': '@ mention colleagues',
  'daily.timeline.operations': '{day}: {count} system operations',
  'daily.approval.SUBMITTED': 'Submitted for approval',
  'daily.approval.APPROVED': 'Approved',
  'daily.approval.REJECTED': 'Rejected',
};
