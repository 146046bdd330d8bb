// Simplified Chinese for offboarding (员工离职: disabling a user and handing over their records) and its server messages.
export const offboardingZhCN = {
  'offboarding.title': '停用用户：{name}',
  'offboarding.nothing': '{name} 名下没有需要交接的数据。停用后其所有会话和 API 令牌立即失效，账号可再次启用。',
  'offboarding.intro': '{name} 名下有以下数据。停用的同时交给接收人，或把客户释放到公海，数据不会丢失。',
  'offboarding.kind.customers': '客户',
  'offboarding.kind.contacts': '联系人',
  'offboarding.kind.opportunities': '商机',
  'offboarding.kind.contracts': '合同',
  'offboarding.kind.leads': '线索',
  'offboarding.kind.openTasks': '待办任务',
  'offboarding.successor': '接收人',
  'offboarding.successorHint': '接收人获得以上数据及其全部历史记录（跟进、审批、附件）',
  'offboarding.successorRequired': '请选择接收人，或勾选客户释放到公海',
  'offboarding.release': '客户释放到公海',
  'offboarding.releaseHint': '客户进入公海（原因：离职），其余数据交给接收人',
  'offboarding.keptWarning': '未选择接收人：客户以外的数据将保留在 {name} 名下，之后可由管理员转移。',
  'offboarding.submit': '停用并交接',
  'offboarding.submitPlain': '停用',
  'offboarding.done.disabled': '已停用 {name}',
  'offboarding.done.transferred': '{items} 已交接给 {successor}',
  'offboarding.done.released': '{count} 个客户已释放到公海',
  'offboarding.done.kept': '{items} 保留在原用户名下',
  'offboarding.done.item': '{kind} {count}',
  'offboarding.done.itemSeparator': '、',
  'offboarding.done.sentenceSeparator': '；',

  // The offboarding audit entry of the user, as the audit log shows it.
  'history.action.offboard': '离职交接',
  'user.field.successorId': '接收人',
  'user.field.releaseCustomersToPool': '客户释放到公海',
  'user.field.customersReleased': '释放到公海的客户数',
  'user.field.transferred': '已交接',
  'user.field.kept': '保留在原用户名下',
  // Set on each record an offboarding or a customer transfer moved (its history shows them).
  'contact.field.offboarding': '离职交接',
  'opportunity.field.offboarding': '离职交接',
  'contract.field.offboarding': '离职交接',
  'lead.field.offboarding': '离职交接',
  'task.field.offboarding': '离职交接',
  'opportunity.field.withCustomer': '随客户转移',
  'contract.field.withCustomer': '随客户转移',

  'server.offboarding.notLeaver': '不能是离职的用户本人',
  'server.offboarding.chooseSuccessor': '请选择接收人，或将客户释放到公海',
  'server.offboarding.noPool': '系统中还没有公海，无法释放客户',
} as const;

export type OffboardingKey = keyof typeof offboardingZhCN;
