// Recycle bin texts (English).
import type { recycleZhCN } from './recycle.zh-CN';

export const recycleEn: Record<keyof typeof recycleZhCN, string> = {
  'recycle.title': 'Recycle bin',
  'recycle.hint': 'Deleted records stay here and can be restored to their lists.',
  'recycle.type.CUSTOMER': 'Customers',
  'recycle.type.CONTACT': 'Contacts',
  'recycle.type.LEAD': 'Leads',
  'recycle.type.OPPORTUNITY': 'Opportunities',
  'recycle.type.CONTRACT': 'Contracts',
  'recycle.type.RECEIVABLE': 'Receivables',
  'recycle.type.FOLLOW_UP': 'Follow-ups',
  'recycle.type.TASK': 'Tasks',
  'recycle.type.SCHEDULE': 'Schedule',
  'recycle.type.REPORT': 'Reports',
  'recycle.type.PRODUCT': 'Products',
  'recycle.column.code': 'Number',
  'recycle.column.title': 'Name',
  'recycle.column.deletedBy': 'Deleted by',
  'recycle.column.deletedAt': 'Deleted at',
  'recycle.keyword': 'Name or number',
  'recycle.withCount': '{count} deleted with it',
  'recycle.restoreConfirm': 'Restore {count} record(s) ({type})?',
  'recycle.withRelated': 'Also restore the {count} contact(s) and opportunities deleted with the customer',
  'recycle.restored': '{count} record(s) restored',
  'recycle.noTypes': 'There is nothing in the recycle bin you may see.',
};
