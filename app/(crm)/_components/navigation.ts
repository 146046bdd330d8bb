// Which menu entries a user sees: each entry names the permission or readable module it needs.
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { type Me, can, canRead } from '@/app/_lib/me';
import { showsRecycleBin } from '../recycle-bin/_components/bin-types';

export interface NavItem { key: string; labelKey: MessageKey; children?: NavItem[] }
interface NavDefinition extends NavItem { visible?: (me: Me) => boolean; children?: NavDefinition[] }

const NAVIGATION: NavDefinition[] = [
  { key: '/', labelKey: 'menu.dashboard', visible: (me) => canRead(me, 'customer') },
  { key: '/customers', labelKey: 'menu.customers', visible: (me) => canRead(me, 'customer') },
  { key: '/pool', labelKey: 'menu.pool', visible: (me) => canRead(me, 'customer') },
  { key: '/leads', labelKey: 'menu.leads', visible: (me) => canRead(me, 'lead') },
  { key: '/contacts', labelKey: 'menu.contacts', visible: (me) => canRead(me, 'contact') },
  { key: '/opportunities', labelKey: 'menu.opportunities', visible: (me) => canRead(me, 'opportunity') },
  { key: '/contracts', labelKey: 'menu.contracts', visible: (me) => canRead(me, 'contract') },
  { key: '/receivables', labelKey: 'daily.menu.receivables', visible: (me) => canRead(me, 'contract') },
  { key: '/products', labelKey: 'menu.products' },
  { key: '/approvals', labelKey: 'daily.menu.approvals', visible: (me) => can(me, 'contract:approve') || canRead(me, 'contract') || canRead(me, 'customer') },
  { key: '/followups', labelKey: 'menu.followups', visible: (me) => ['customer', 'contact', 'lead', 'opportunity', 'contract'].some((m) => canRead(me, m)) },
  { key: '/schedule', labelKey: 'menu.schedule', visible: (me) => canRead(me, 'schedule') },
  { key: '/tasks', labelKey: 'menu.tasks', visible: (me) => canRead(me, 'task') },
  { key: '/reports', labelKey: 'menu.reports', visible: (me) => canRead(me, 'report') },
  { key: '/supervision', labelKey: 'menu.supervision', visible: (me) => !!me.supervisesOthers },
  {
    key: 'statistics', labelKey: 'menu.statistics',
    children: [
      { key: '/statistics/customers', labelKey: 'menu.statistics.customers', visible: (me) => canRead(me, 'customer') },
      { key: '/statistics/follow-ups', labelKey: 'menu.statistics.followUps', visible: (me) => canRead(me, 'customer') },
      { key: '/statistics/opportunities', labelKey: 'menu.statistics.opportunities', visible: (me) => canRead(me, 'customer') },
      { key: '/statistics/contracts', labelKey: 'menu.statistics.contracts', visible: (me) => canRead(me, 'customer') },
      { key: '/statistics/products', labelKey: 'menu.statistics.products', visible: (me) => canRead(me, 'customer') },
      { key: '/statistics/compliance', labelKey: 'menu.statistics.compliance', visible: (me) => canRead(me, 'customer') },
      { key: '/statistics/targets', labelKey: 'menu.statistics.targets', visible: (me) => canRead(me, 'customer') || can(me, 'system:user') },
    ],
  },
  // Shown when the viewer may restore some record type (their own tasks, schedule and reports at least).
  { key: '/recycle-bin', labelKey: 'menu.recycleBin', visible: showsRecycleBin },
  {
    key: 'system', labelKey: 'menu.system',
    children: [
      { key: '/admin/departments', labelKey: 'menu.departments', visible: (me) => can(me, 'system:department') },
      { key: '/admin/users', labelKey: 'menu.users', visible: (me) => can(me, 'system:user') },
      { key: '/admin/roles', labelKey: 'menu.roles', visible: (me) => can(me, 'system:role') },
      { key: '/admin/audit-logs', labelKey: 'menu.auditLogs', visible: (me) => can(me, 'system:audit') },
      { key: '/admin/login-logs', labelKey: 'menu.loginLogs', visible: (me) => can(me, 'system:audit') },
      { key: '/settings/approval-flows', labelKey: 'menu.approvalFlows', visible: (me) => can(me, 'system:settings') },
      { key: '/settings/pool-rules', labelKey: 'menu.poolRules', visible: (me) => can(me, 'system:settings') },
      { key: '/settings/stages', labelKey: 'menu.stages', visible: (me) => can(me, 'system:settings') },
      { key: '/settings/dictionary', labelKey: 'menu.dictionary', visible: (me) => can(me, 'system:dictionary') },
      { key: '/settings/custom-fields', labelKey: 'menu.customFields', visible: (me) => can(me, 'system:customField') },
      { key: '/settings/compliance', labelKey: 'menu.complianceRules', visible: (me) => can(me, 'system:settings') },
      { key: '/settings/numbering', labelKey: 'menu.numbering', visible: (me) => can(me, 'system:numbering') },
      { key: '/settings/cadences', labelKey: 'menu.cadences', visible: (me) => can(me, 'system:settings') },
      { key: '/settings/backup', labelKey: 'menu.backup', visible: (me) => !!me.superAdmin },
    ],
  },
  { key: '/profile', labelKey: 'menu.profile' },
];

function filter(items: NavDefinition[], me: Me): NavItem[] {
  const out: NavItem[] = [];
  for (const item of items) {
    if (item.visible && !item.visible(me)) continue;
    if (item.children) {
      const children = filter(item.children, me);
      if (children.length) out.push({ key: item.key, labelKey: item.labelKey, children });
    } else {
      out.push({ key: item.key, labelKey: item.labelKey });
    }
  }
  return out;
}

/** The menu for this user: entries they may not use are absent, and empty groups disappear. */
export const visibleNavigation = (me: Me): NavItem[] => filter(NAVIGATION, me);

const leaves = (items: NavItem[]): NavItem[] => items.flatMap((i) => (i.children ? leaves(i.children) : [i]));

/** The menu entry a path belongs to (the longest matching prefix), or undefined. */
export function navKeyFor(pathname: string, items: NavItem[]): string | undefined {
  return leaves(items)
    .filter((i) => pathname === i.key || pathname.startsWith(`${i.key}/`))
    .sort((a, b) => b.key.length - a.key.length)[0]?.key;
}

/** A path under a menu entry the user lacks is denied; paths outside the menu are left to their page. */
export function pathAccess(pathname: string, me: Me): 'allowed' | 'denied' {
  const known = allLeaves().some((k) => pathname === k || pathname.startsWith(`${k}/`));
  if (!known) return 'allowed';
  return navKeyFor(pathname, visibleNavigation(me)) ? 'allowed' : 'denied';
}

function allLeaves(): string[] {
  const walk = (items: NavDefinition[]): string[] => items.flatMap((i) => (i.children ? walk(i.children) : [i.key]));
  return walk(NAVIGATION);
}

/** Where to land after signing in: customers when readable, else the first entry the user has. */
export const homePath = (me: Me): string => leaves(visibleNavigation(me))[0]?.key ?? '/profile';
