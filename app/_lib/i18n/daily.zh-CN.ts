// Chinese messages of the daily-use pages: contact detail, replies and mentions, finance lists, work-report templates.
export const dailyZhCN = {
  'daily.contact.notFound': '联系人不存在或无权查看',
  'daily.contact.fields': '联系人信息',
  'daily.contact.createdAt': '创建时间',
  'daily.comment.reply': '回复',
  'daily.comment.replyTo': '回复 {name}',
  'daily.comment.replied': '回复已发送',
  'daily.comment.replyPlaceholder': '写下您的回复…',
  'daily.comment.sendReply': '发送回复',
  'daily.comment.mention': '@ 提醒同事',
  'daily.timeline.operations': '{day} 系统操作 {count} 条',
  'daily.approval.SUBMITTED': '提交审批',
  'daily.approval.APPROVED': '审批同意',
  'daily.approval.REJECTED': '审批驳回',
};
