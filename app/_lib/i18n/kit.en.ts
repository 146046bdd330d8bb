// The record-module kit (lists, views, forms, transfer, detail pages): English.
import type { kitZhCN } from './kit.zh-CN';

export const kitEn: Record<keyof typeof kitZhCN, string> = {
  'kit.totalCapped': '{total}+ in all',
  'kit.empty': 'Nothing here yet',
  'kit.emptyFiltered': 'No records match the filter',
  'kit.clearFilters': 'Clear filters',
  'kit.loadMore': 'Load more',
  'kit.columns.title': 'Columns',
  'kit.columns.reset': 'Default columns',
  'kit.scene.label': 'View',
  'kit.scene.builtIn': 'Standard views',
  'kit.scene.mine': 'My views',
  'kit.scene.save': 'Save as view',
  'kit.scene.saveHint': 'Keep the current filter as a view to pick it again later.',
  'kit.scene.name': 'View name',
  'kit.scene.all': 'All',
  'kit.scene.mine.owned': 'Mine',
  'kit.scene.subordinates': "My team's",
  'kit.scene.participating': "I'm on the team",
  'kit.scene.dueToday': 'Follow up today',
  'kit.scene.idle': 'No follow-up for {days} days',
  'kit.transfer.toUser': 'Transfer to',
  'kit.detail.notFound': 'This record does not exist, or you may not see it',
} as const;
