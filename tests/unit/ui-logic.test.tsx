/** @jest-environment jsdom */
// Pure UI logic: filter building, sorting, history display, role drafts, sign-in helpers, the department tree.
import dayjs from 'dayjs';
import { type FieldDef, deserializeValues, serializeValues, toApiFilter } from '@/app/(crm)/_kit/fields/field-def';
import { hiddenKeys, tableColumns } from '@/app/(crm)/_kit/list/columns';
import { totalLabel } from '@/app/(crm)/_kit/list/total';
import { draftOf, inputOf, usesCustom, withFieldMode, withRead, writeLevelsFor, emptyDraft } from '@/app/(crm)/admin/roles/_components/role-draft';
import { formatValue, parseChanges } from '@/app/_lib/history';
import { loginErrorKey, safeCallbackUrl } from '@/app/_lib/auth-flow';
import { buildTree, subtreeIds } from '@/app/_lib/tree';
import { formatDateTime } from '@/app/_lib/format';
import { translator } from '@/app/_lib/i18n/catalog';
import type { AdminRole } from '@/app/_lib/api/admin';

const zh = translator('zh-CN');

describe('list filters from field descriptions', () => {
  const fields: FieldDef[] = [
    { name: 'keyword', kind: 'search', label: '关键词' },
    { name: 'type', kind: 'select', label: '类型' },
    { name: 'level', kind: 'select', label: '级别' },
    { name: 'source', kind: 'text', label: '来源' },
    { name: 'ownerId', kind: 'user', label: '负责人' },
    { name: 'created', kind: 'dateRange', label: '创建时间', range: { from: 'createdFrom', to: 'createdTo', as: 'instant' } },
    { name: 'expected', kind: 'dateRange', label: '预计成交', range: { from: 'expectedFrom', to: 'expectedTo', as: 'date' } },
  ];

  it('drops blanks and turns the picked days into Asia/Shanghai day boundaries', () => {
    const filter = toApiFilter(fields, { keyword: '  华信 ', source: '', type: 'DIRECT', ownerId: null, created: [dayjs('2026-11-01'), dayjs('2026-11-30')] });
    expect(filter).toEqual({ keyword: '华信', type: 'DIRECT', createdFrom: '2026-10-31T16:00:00.000Z', createdTo: '2026-11-30T15:59:59.999Z' });
    expect(toApiFilter(fields, { expected: [null, dayjs('2026-12-31')] })).toEqual({ expectedTo: '2026-12-31' });
  });

  it('keeps a saved view as JSON and gives back the same filter', () => {
    const values = { keyword: '华信', level: 'CORE', created: [dayjs('2026-11-01'), null] };
    const saved = JSON.parse(JSON.stringify(serializeValues(fields, values)));
    expect(saved).toEqual({ keyword: '华信', level: 'CORE', created: ['2026-11-01', null] });
    expect(toApiFilter(fields, deserializeValues(fields, saved))).toEqual(toApiFilter(fields, values));
  });
});

describe('list columns and counts', () => {
  const columns = [
    { key: 'code', title: '编号', fixed: true, sortField: 'CODE', render: () => null },
    { key: 'name', title: '名称', sortField: 'NAME', render: () => null },
    { key: 'source', title: '来源', hidden: true, render: () => null },
  ];

  it('hides the default-hidden columns until the user chooses, never the fixed one, and marks the sorted column', () => {
    expect(hiddenKeys(columns, null)).toEqual(['source']);
    const shown = tableColumns(columns, ['code', 'name'], { field: 'NAME', direction: 'ASC' });
    expect(shown.map((c) => c.key)).toEqual(['code', 'source']);
    expect(tableColumns(columns, [], { field: 'NAME', direction: 'ASC' }).map((c) => c.sortOrder)).toEqual([null, 'ascend', null]);
  });

  it('reads a capped count as "10,000+" and an exact one as the total', () => {
    expect(totalLabel(zh, { totalCount: 10000, totalCountExact: false })).toBe('共 10,000+ 条');
    expect(totalLabel(zh, { totalCount: 1234 })).toBe('共 1,234 条');
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
    id: '4', name: '部门经理', code: 'DEPT_MANAGER', description: null, builtin: true, permissions: ['customer:create'], viewerCanEdit: true,
    defaultScope: { read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'SELF_AND_CHILDREN' },
    moduleScopes: [{ module: 'contract', read: 'ALL', write: 'NONE', transfer: 'ALL' }],
    customDepartments: [{ departmentId: '2', includeChildren: true, department: { id: '2', name: '华北大区' } }],
    fieldPermissions: [{ module: 'customer', field: 'mobile', mode: 'MASKED' }],
  };

  it('narrows the write and transfer scopes when the read scope becomes narrower', () => {
    expect(withRead({ read: 'ALL', write: 'ALL', transfer: 'ALL' }, 'SELF')).toEqual({ read: 'SELF', write: 'SELF', transfer: 'SELF' });
    expect(withRead({ read: 'ALL', write: 'SELF', transfer: 'ALL' }, 'SELF_AND_CHILDREN')).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'SELF_AND_CHILDREN' });
    expect(withRead({ read: 'ALL', write: 'SELF', transfer: 'SELF_AND_CHILDREN' }, 'ALL')).toEqual({ read: 'ALL', write: 'SELF', transfer: 'SELF_AND_CHILDREN' });
    expect(writeLevelsFor('SELF', ['NONE', 'SELF', 'SELF_AND_CHILDREN', 'CUSTOM', 'ALL'])).toEqual(['NONE', 'SELF']);
  });

  it('round-trips a role and drops CUSTOM departments when no scope is CUSTOM', () => {
    const input = inputOf(draftOf(role));
    expect(input.moduleScopes).toEqual([{ module: 'contract', read: 'ALL', write: 'NONE', transfer: 'ALL' }]);
    expect(input.defaultScope).toEqual({ read: 'SELF_AND_CHILDREN', write: 'SELF', transfer: 'SELF_AND_CHILDREN' });
    expect(input.customDepartments).toEqual([]);
    const custom = { ...draftOf(role), defaultScope: { read: 'CUSTOM' as const, write: 'SELF' as const, transfer: 'SELF' as const } };
    expect(usesCustom({ ...draftOf(role), defaultScope: { read: 'ALL', write: 'SELF', transfer: 'CUSTOM' } })).toBe(true);
    expect(usesCustom(custom)).toBe(true);
    expect(inputOf(custom).customDepartments).toEqual([{ departmentId: '2', includeChildren: true }]);
    expect(inputOf({ ...emptyDraft(), name: '  新角色 ' }).name).toBe('新角色');
  });

  it('keeps field restrictions and lifts one set back to editable', () => {
    const draft = draftOf(role);
    expect(inputOf(draft).fieldPermissions).toEqual([{ module: 'customer', field: 'mobile', mode: 'MASKED' }]);
    const hidden = withFieldMode(draft, 'lead', 'email', 'HIDDEN');
    expect(inputOf(hidden).fieldPermissions).toEqual([
      { module: 'customer', field: 'mobile', mode: 'MASKED' }, { module: 'lead', field: 'email', mode: 'HIDDEN' },
    ]);
    expect(inputOf(withFieldMode(hidden, 'customer', 'mobile', 'EDITABLE')).fieldPermissions).toEqual([{ module: 'lead', field: 'email', mode: 'HIDDEN' }]);
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
