/** @jest-environment jsdom */
// The user's language everywhere: money as ¥1,234.00 (screens and server messages alike), quantities without
// needless decimals, audit changes without codes or JSON, permission and role texts translated, the 404 page.
import { render, screen } from '@testing-library/react';
import { formatMoney, formatQuantity, plainDecimal } from '@/app/_lib/format';
import { formatMoney as insightMoney } from '@/app/(crm)/_insight/format';
import { actionLabel, fieldLabel, formatValue, peopleNames } from '@/app/_lib/history';
import { userIdsInChanges } from '@/lib/audit/audit-people';
import { hasMessage, messageKeys, translator } from '@/app/_lib/i18n/catalog';
import { I18nProvider } from '@/app/_lib/i18n/context';
import { entityLabel, moduleLabel, permissionGroupLabel, permissionLabel } from '@/app/_lib/labels';
import { draftOf, inputOf, roleDescription } from '@/app/(crm)/admin/roles/_components/role-draft';
import { StatusPage } from '@/app/_components/status-page';
import type { AdminRole } from '@/app/_lib/api/admin';
import { ALL_PERMISSIONS, DATA_MODULES, PERMISSION_GROUPS } from '@/lib/access/scopes';
import { BUILTIN_ROLES } from '@/lib/org/builtin-roles';
import { formatYuan } from '@/lib/contract/money';
import { tableColumns } from '@/app/(crm)/_kit/list/columns';
import { textOf } from '@/app/(crm)/_kit/list/text-of';
import { translateServerMessage } from '@/app/_lib/errors';
import { installBrowserShims } from './ui-setup';

installBrowserShims();
const zh = translator('zh-CN');
const en = translator('en');
const nobody = () => undefined;

describe('money and quantities', () => {
  it('shows money as ¥ with thousands separators and two decimals, from strings and numbers alike', () => {
    expect(formatMoney('1234')).toBe('¥1,234.00');
    expect(formatMoney('1234567.8')).toBe('¥1,234,567.80');
    expect(formatMoney(1234.5)).toBe('¥1,234.50');
    expect(formatMoney('-12000.05')).toBe('-¥12,000.05');
    expect(formatMoney('0')).toBe('¥0.00');
    expect(formatMoney(null)).toBe('—');
  });

  it('has one money formatter: the dashboard uses the same one', () => {
    expect(insightMoney).toBe(formatMoney);
  });

  it('writes server messages with the same money format, from a DECIMAL value or cents', () => {
    expect(formatYuan('1234567.5')).toBe('¥1,234,567.50');
    expect(formatYuan(1234.5)).toBe('¥1,234.50');
    expect(formatYuan(99n)).toBe('¥0.99');
    expect(formatYuan('500.00')).toBe('¥500.00');
    expect(formatYuan('-1000')).toBe('-¥1,000.00');
    for (const value of ['0.01', '12', '999999999999.99', '1000000']) expect(formatYuan(value)).toBe(formatMoney(value));
  });

  it('translates server messages that name amounts with the money format', () => {
    expect(translateServerMessage(zh, 'exceeds the outstanding amount of 12345.60 (60.00 of it awaiting approval); at most 12285.60 can be recorded'))
      .toBe('超出未回款金额 ¥12,345.60，最多可登记 ¥12,285.60');
    expect(translateServerMessage(zh, 'would make the plans exceed the contract amount; at most 1000.00 can still be planned')).toContain('¥1,000.00');
  });

  it('shows quantities without needless decimals', () => {
    expect(formatQuantity('2.00')).toBe('2');
    expect(formatQuantity('2.50')).toBe('2.5');
    expect(formatQuantity('0.25')).toBe('0.25');
    expect(formatQuantity('12000.00')).toBe('12,000');
    expect(formatQuantity(3)).toBe('3');
    expect(formatQuantity(undefined)).toBe('—');
    // In a form field (editing a line): no separators, no needless zeros.
    expect(plainDecimal('12000.00')).toBe('12000');
    expect(plainDecimal('2.50')).toBe('2.5');
    expect(plainDecimal(null)).toBe('');
  });
});

describe('audit changes as people read them', () => {
  it('labels enum codes by the entity they belong to', () => {
    expect(formatValue(zh, 'status', 'APPROVED', nobody, 'contract')).toBe(zh('contract.status.APPROVED'));
    expect(formatValue(zh, 'status', 'CONVERTED', nobody, 'lead')).toBe(zh('lead.status.CONVERTED'));
    expect(formatValue(zh, 'status', 'DISABLED', nobody, 'user')).toBe(zh('user.status.DISABLED'));
    expect(formatValue(zh, 'approvalStatus', 'PENDING', nobody, 'contract')).toBe(zh('approval.status.PENDING'));
    expect(formatValue(zh, 'category', 'WON', nobody, 'opportunity')).toBe(zh('opportunity.category.WON'));
    expect(zh('contract.status.APPROVED')).not.toMatch(/[A-Z]{3}/);
  });

  it('shows a summary object as labelled parts, never as JSON', () => {
    expect(formatValue(zh, 'transferred', { customers: 3, contacts: 2 }, nobody, 'user')).toBe('客户 3、联系人 2');
    expect(formatValue(en, 'transferred', { customers: 3, openTasks: 1 }, nobody)).toBe('Customers 3, Open tasks 1');
    expect(formatValue(zh, 'kept', {}, nobody, 'user')).toBe('—');
    expect(formatValue(zh, 'ids', ['A', 'B'], nobody)).toBe('A、B');
    expect(formatValue(en, 'ids', ['A', 'B'], nobody)).toBe('A, B');
  });

  it('labels keys and actions every audit entry may record, and record types by name', () => {
    for (const key of ['roleIds', 'mergedIntoId', 'fileName', 'approvalStatus', 'plannedDate', 'participantIds', 'kpiTargets']) {
      expect(fieldLabel(zh, 'customer', key)).not.toBe(key);
      expect(fieldLabel(en, 'task', key)).not.toBe(key);
    }
    expect(fieldLabel(zh, 'customer', 'name')).toBe('客户名称');
    for (const action of ['merged', 'status', 'role.assign', 'upload', 'link', 'targets', 'import', 'import.undo']) expect(actionLabel(zh, action)).not.toBe(action);
    expect(formatValue(zh, 'relatedType', 'customer', nobody, 'task')).toBe(zh('entity.customer'));
    for (const type of ['receivable', 'payment_plan', 'task', 'schedule', 'report', 'attachment', 'product', 'approval_flow', 'ownership_request']) {
      expect(entityLabel(zh, type)).not.toBe(type);
      expect(entityLabel(en, type)).not.toBe(type);
    }
    // The audit log's action filter offers these by name.
    expect(messageKeys('history.action.')).toEqual(expect.arrayContaining(['history.action.create', 'history.action.import.undo']));
  });

  it('shows recorded times in the company time zone', () => {
    expect(formatValue(zh, 'dueAt', '2026-11-22T16:30:00.000Z', nobody, 'task')).toBe('2026-11-23 00:30');
  });

  it('finds the user ids a change names and shows them by the names the entry carries', () => {
    expect(userIdsInChanges({ ownerId: [3, '7'], name: ['甲', '乙'], participantIds: [7, 9], relatedId: 4 })).toEqual([3, 7, 9]);
    expect(userIdsInChanges(null)).toEqual([]);
    const name = peopleNames([{ people: [{ id: '3', name: '李娜' }] }, { people: null }], (id) => (id === '5' ? '王经理' : undefined));
    expect(formatValue(zh, 'ownerId', 3, name)).toBe('李娜');
    expect(formatValue(zh, 'ownerId', 5, name)).toBe('王经理');
  });

  it('names the successor of an offboarding by name', () => {
    expect(formatValue(zh, 'successorId', '7', (id) => (id === '7' ? '李明' : undefined), 'user')).toBe('李明');
  });
});

describe('permissions and roles in the user language', () => {
  it('has a Chinese and an English name for every permission code', () => {
    for (const code of ALL_PERMISSIONS) {
      expect(hasMessage(`perm.${code}`)).toBe(true);
      expect(permissionLabel(zh, code)).not.toBe(code);
      expect(permissionLabel(en, code)).not.toBe(code);
    }
    for (const group of Object.keys(PERMISSION_GROUPS)) expect(permissionGroupLabel(zh, group)).not.toBe(group);
    for (const module of DATA_MODULES) expect(moduleLabel(zh, module)).not.toBe(module);
  });

  const role = (code: string, description: string | null): AdminRole => ({
    id: '2', name: '系统管理员', code, description, builtin: true, permissions: [], viewerCanEdit: true,
    defaultScope: { read: 'NONE', write: 'NONE', transfer: 'NONE' }, moduleScopes: [], customDepartments: [], fieldPermissions: [],
  });

  it('shows a built-in role\'s stored English description translated, in the list and in the editor', () => {
    for (const builtin of BUILTIN_ROLES) {
      if (!builtin.description) continue;
      const r = role(builtin.code, builtin.description);
      expect(roleDescription(zh, r)).toBe(zh(`roleDesc.${builtin.code}` as never));
      expect(roleDescription(zh, r)).not.toBe(builtin.description);
      expect(draftOf(r, zh).description).toBe(zh(`roleDesc.${builtin.code}` as never));
    }
    expect(draftOf(role('SYSTEM_ADMIN', 'Users, roles, departments, settings; no customer data'), zh).description).toBe('管理用户、角色、部门和设置；不接触客户数据');
  });

  it('keeps the stored description when the translated one is saved unchanged, and an administrator\'s own wording as written', () => {
    const stored = 'Users, roles, departments, settings; no customer data';
    const r = role('SYSTEM_ADMIN', stored);
    expect(inputOf(draftOf(r, zh), r).description).toBe(stored);
    expect(inputOf(draftOf(r, en), r).description).toBe(stored);
    expect(inputOf({ ...draftOf(r, zh), description: '只管系统设置' }, r).description).toBe('只管系统设置');
    const own = role('SYSTEM_ADMIN', '我们自己的说明');
    expect(roleDescription(zh, own)).toBe('我们自己的说明');
    expect(inputOf(draftOf(own, zh), own).description).toBe('我们自己的说明');
  });
});

describe('long names', () => {
  it('reads the text a cell shows, links and tags included, icons left out', () => {
    expect(textOf(<span><i aria-label="locked" /> <a href="/customers/1">北京华信恒泰科技发展有限公司</a></span>)).toBe('北京华信恒泰科技发展有限公司');
    expect(textOf(<><a href="/contacts/1">张伟</a><b>主联系人</b></>)).toBe('张伟 主联系人');
    expect(textOf(null)).toBe('');
  });

  it('cuts an ellipsis column to one line and shows the full name on hover', () => {
    const name = '北京华信恒泰科技发展有限公司华北区域销售服务中心';
    const [cut, plain] = tableColumns<{ name: string }>([
      { key: 'name', title: '客户名称', ellipsis: true, render: (row) => <a href="/customers/1">{row.name}</a> },
      { key: 'code', title: '编号', render: (row) => row.name },
    ], [], null);
    expect(cut.ellipsis).toEqual({ showTitle: false });
    render(<div data-testid="cell">{cut.render!(undefined, { name }, 0) as React.ReactNode}</div>);
    expect(screen.getByTestId('cell').querySelector('span')?.getAttribute('title')).toBe(name);
    expect(plain.ellipsis).toBeUndefined();
  });
});

describe('the 404 page', () => {
  it('says so in Chinese with a way back home, and in English for an English user', () => {
    const { unmount } = render(<I18nProvider initialLocale="zh-CN"><StatusPage kind="notFound" /></I18nProvider>);
    expect(screen.getByText('页面不存在')).toBeTruthy();
    expect(screen.getByTestId('page-home').getAttribute('href')).toBe('/');
    expect(screen.getByTestId('page-home').textContent).toContain('返回首页');
    unmount();
    render(<I18nProvider initialLocale="en"><StatusPage kind="error" onRetry={() => undefined} /></I18nProvider>);
    expect(screen.getByText('Something went wrong')).toBeTruthy();
    expect(screen.getByTestId('page-retry').textContent).toContain('Try again');
  });
});
