/** @jest-environment jsdom */
// Pure UI logic: filter building, sorting, history display, role drafts, sign-in helpers, the department tree.
import dayjs from 'dayjs';
import { DEFAULT_ORDER, orderFromSorter, toCustomerFilter } from '@/app/(crm)/customers/_components/customer-query';
import { draftOf, inputOf, usesCustom, withRead, writeLevelsFor, emptyDraft } from '@/app/(crm)/admin/roles/_components/role-draft';
import { formatValue, parseChanges } from '@/app/_lib/history';
import { loginErrorKey, safeCallbackUrl } from '@/app/_lib/auth-flow';
import { buildTree, subtreeIds } from '@/app/_lib/tree';
import { formatDateTime } from '@/app/_lib/format';
import { translator } from '@/app/_lib/i18n/catalog';
import type { AdminRole } from '@/app/_lib/api/admin';

const zh = translator('zh-CN');

describe('toCustomerFilter', () => {
  it('drops blanks and turns the picked days into Asia/Shanghai day boundaries', () => {
    const filter = toCustomerFilter({ keyword: '  华信 ', source: '', type: 'DIRECT', created: [dayjs('2026-11-01'), dayjs('2026-11-30')] });
    expect(filter).toEqual({ keyword: '华信', type: 'DIRECT', createdFrom: '2026-10-31T16:00:00.000Z', createdTo: '2026-11-30T15:59:59.999Z' });
  });
});

describe('orderFromSorter', () => {
  it('maps table columns to the API sort fields and falls back to the default', () => {
    expect(orderFromSorter({ columnKey: 'name', order: 'ascend' })).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(orderFromSorter({ columnKey: 'createdAt', order: 'descend' })).toEqual({ field: 'CREATED_AT', direction: 'DESC' });
    expect(orderFromSorter({ columnKey: 'name', order: undefined })).toEqual(DEFAULT_ORDER);
  });
});

describe('history display', () => {
  it('reads before → after pairs and plain values from the changes JSON', () => {
    expect(parseChanges('{"level":["NORMAL","CORE"],"name":"新名"}')).toEqual([
      { field: 'level', before: 'NORMAL', after: 'CORE', changed: true },
      { field: 'name', value: '新名', changed: false },
    ]);
    expect(parseChanges('not json')).toEqual([]);
    expect(parseChanges(null)).toEqual([]);
  });

  it('shows enum codes, booleans, blanks and user ids the way people read them', () => {
    const names = (id: string) => ({ 3: '王建国' } as Record<string, string>)[id];
    expect(formatValue(zh, 'level', 'CORE', names)).toBe('核心');
    expect(formatValue(zh, 'locked', true, names)).toBe('是');
    expect(formatValue(zh, 'mobile', null, names)).toBe('—');
    expect(formatValue(zh, 'ownerId', 3, names)).toBe('王建国');
    expect(formatValue(zh, 'ownerId', 9, names)).toBe('用户 #9');
  });

  it('shows times in Asia/Shanghai', () => {
    expect(formatDateTime('2026-11-22T16:30:00.000Z')).toBe('2026-11-23 00:30');
  });
});

describe('role drafts', () => {
  const role: AdminRole = {
    id: '4', name: '部门经理', code: 'DEPT_MANAGER', description: null, builtin: true, permissions: ['customer:create'],
    defaultScope: { read: 'SELF_AND_CHILDREN', write: 'SELF' },
    moduleScopes: [{ module: 'contract', read: 'ALL', write: 'NONE' }],
    customDepartments: [{ departmentId: '2', includeChildren: true, department: { id: '2', name: '华北大区' } }],
  };

  it('narrows the write scope when the read scope becomes narrower', () => {
    expect(withRead({ read: 'ALL', write: 'ALL' }, 'SELF')).toEqual({ read: 'SELF', write: 'SELF' });
    expect(withRead({ read: 'ALL', write: 'SELF' }, 'SELF_AND_CHILDREN')).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF' });
    expect(writeLevelsFor('SELF', ['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL'])).toEqual(['NONE', 'SELF']);
  });

  it('round-trips a role and drops CUSTOM departments when no scope is CUSTOM', () => {
    const input = inputOf(draftOf(role));
    expect(input.moduleScopes).toEqual([{ module: 'contract', read: 'ALL', write: 'NONE' }]);
    expect(input.customDepartments).toEqual([]);
    const custom = { ...draftOf(role), defaultScope: { read: 'CUSTOM' as const, write: 'SELF' as const } };
    expect(usesCustom(custom)).toBe(true);
    expect(inputOf(custom).customDepartments).toEqual([{ departmentId: '2', includeChildren: true }]);
    expect(inputOf({ ...emptyDraft(), name: '  新角色 ' }).name).toBe('新角色');
  });
});

describe('sign-in helpers', () => {
  it('translates only the known refusal codes', () => {
    expect(zh(loginErrorKey('THROTTLED'))).toBe('登录失败次数过多，请 15 分钟后再试');
    expect(zh(loginErrorKey('DISABLED'))).toBe('账号已停用，请联系管理员');
    expect(loginErrorKey('CredentialsSignin')).toBe('login.error.unknown');
  });

  it('follows only same-site paths after sign-in', () => {
    expect(safeCallbackUrl('/customers/5')).toBe('/customers/5');
    expect(safeCallbackUrl(`${window.location.origin}/contacts?x=1`)).toBe('/contacts?x=1');
    expect(safeCallbackUrl('https://evil.example/steal')).toBe('/customers');
    expect(safeCallbackUrl('//evil.example')).toBe('/customers');
    expect(safeCallbackUrl('/login')).toBe('/customers');
    expect(safeCallbackUrl(undefined)).toBe('/customers');
  });
});

describe('department tree', () => {
  const rows = [
    { id: '1', parentId: null, name: '总公司', sortOrder: 0 },
    { id: '3', parentId: '1', name: '华南大区', sortOrder: 2 },
    { id: '2', parentId: '1', name: '华北大区', sortOrder: 1 },
    { id: '4', parentId: '2', name: '北京组', sortOrder: 1 },
  ];

  it('nests children under parents in sort order', () => {
    const [root] = buildTree(rows);
    expect(root.children.map((c) => c.name)).toEqual(['华北大区', '华南大区']);
    expect(root.children[0].children.map((c) => c.name)).toEqual(['北京组']);
  });

  it('lists a department with everything below it', () => {
    expect([...subtreeIds(rows, '2')].sort()).toEqual(['2', '4']);
  });
});
