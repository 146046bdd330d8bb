/** @jest-environment jsdom */
// The menu shows exactly what the user may use; paths outside it are denied, and the landing page follows suit.
import { homePath, navKeyFor, pathAccess, visibleNavigation } from '@/app/(crm)/_components/navigation';
import type { Me } from '@/app/_lib/me';

const user = { id: '1', username: 'u', name: 'U', departmentId: '1', phone: null, email: null, address: null, status: 'ACTIVE' as const };
const me = (permissions: string[], readableModules: string[]): Me => ({ permissions, readableModules, mustChangePassword: false, superAdmin: false, supervisesOthers: false, user });
const keys = (items: ReturnType<typeof visibleNavigation>): string[] => items.flatMap((i) => [i.key, ...(i.children ? keys(i.children) : [])]);

const salesperson = me(['customer:create', 'customer:restore', 'contact:create'], ['customer', 'contact']);
const sysadmin = me(['system:user', 'system:role', 'system:department', 'system:audit'], []);
const viewerOnly = me([], ['customer']);

describe('visibleNavigation', () => {
  it('gives a salesperson customers, contacts, the recycle bin and the profile, and no administration', () => {
    const k = keys(visibleNavigation(salesperson));
    expect(k).toEqual(expect.arrayContaining(['/customers', '/contacts', '/recycle-bin', '/profile']));
    expect(k).not.toContain('system');
    expect(k.some((x) => x.startsWith('/admin'))).toBe(false);
  });

  it('gives a system administrator the administration group but no customer data', () => {
    const k = keys(visibleNavigation(sysadmin));
    expect(k).toEqual(expect.arrayContaining(['system', '/admin/departments', '/admin/users', '/admin/roles', '/admin/audit-logs', '/admin/login-logs', '/profile']));
    expect(k).not.toContain('/customers');
    expect(k).not.toContain('/contacts');
  });

  it('shows only the administration entries whose permission the user holds, and drops an empty group', () => {
    const k = keys(visibleNavigation(me(['system:audit'], [])));
    expect(k).toEqual(expect.arrayContaining(['/admin/audit-logs', '/admin/login-logs']));
    expect(k).not.toContain('/admin/users');
    expect(keys(visibleNavigation(viewerOnly))).not.toContain('system');
  });

  it('gives the dashboard and the statistics to users with customer data, and the target editor to user administrators', () => {
    expect(keys(visibleNavigation(salesperson))).toEqual(expect.arrayContaining(['/', 'statistics', '/statistics/targets']));
    const admin = keys(visibleNavigation(sysadmin));
    expect(admin).not.toContain('/');
    expect(admin).toContain('/statistics/targets');
    expect(keys(visibleNavigation(me([], [])))).not.toContain('statistics');
    expect(navKeyFor('/', visibleNavigation(salesperson))).toBe('/');
    expect(navKeyFor('/customers', visibleNavigation(salesperson))).toBe('/customers');
    expect(pathAccess('/', sysadmin)).toBe('denied');
  });

  it('shows the data dictionary (数据字典) only with system:dictionary, and denies its page without it', () => {
    expect(keys(visibleNavigation(me(['system:dictionary'], [])))).toContain('/settings/dictionary');
    expect(keys(visibleNavigation(me(['system:settings'], [])))).not.toContain('/settings/dictionary');
    expect(pathAccess('/settings/dictionary', salesperson)).toBe('denied');
    expect(pathAccess('/settings/dictionary', me(['system:dictionary'], []))).toBe('allowed');
  });

  it('hides the recycle bin without the restore permission', () => {
    expect(keys(visibleNavigation(viewerOnly))).not.toContain('/recycle-bin');
  });

  it('shows the recycle bin to anyone with tasks, schedule or reports of their own to restore', () => {
    expect(keys(visibleNavigation(me([], ['task', 'schedule', 'report'])))).toContain('/recycle-bin');
    expect(keys(visibleNavigation(me(['product:manage'], [])))).toContain('/recycle-bin');
  });
});

describe('navKeyFor and pathAccess', () => {
  it('selects the entry a nested path belongs to', () => {
    expect(navKeyFor('/customers/42', visibleNavigation(salesperson))).toBe('/customers');
    expect(navKeyFor('/admin/users', visibleNavigation(sysadmin))).toBe('/admin/users');
  });

  it('denies menu areas the user lacks and allows their own', () => {
    expect(pathAccess('/admin/roles', salesperson)).toBe('denied');
    expect(pathAccess('/customers/3', sysadmin)).toBe('denied');
    expect(pathAccess('/customers/3', salesperson)).toBe('allowed');
    expect(pathAccess('/profile', sysadmin)).toBe('allowed');
  });

  it('lands a user without customer access on their first menu entry', () => {
    expect(homePath(salesperson)).toBe('/');
    for (const who of [sysadmin, me([], [])]) {
      const home = homePath(who);
      expect(home).not.toBe('/customers');
      expect(home).not.toBe('/');
      expect(pathAccess(home, who)).toBe('allowed');
      expect(navKeyFor(home, visibleNavigation(who))).toBe(home);
    }
  });
});
