// The success message after disabling a user: what went to the successor, to the pool, and what stayed — in both languages.
import { offboardingSummary } from '@/app/(crm)/admin/users/_components/offboarding-summary';
import { translator } from '@/app/_lib/i18n/catalog';
import type { OffboardingCounts, OffboardingResult } from '@/app/_lib/api/offboarding';

const none: OffboardingCounts = { customers: 0, contacts: 0, opportunities: 0, contracts: 0, leads: 0, openTasks: 0, total: 0 };
const result = (patch: Partial<OffboardingResult>): OffboardingResult => ({
  user: { id: '7', name: '赵敏', status: 'DISABLED' }, successor: null, customersReleased: 0, transferred: none, kept: none, ...patch,
});

describe('offboardingSummary', () => {
  it('names the successor and only the kinds that moved', () => {
    const handed = result({ successor: { id: '3', name: '王建国' }, transferred: { ...none, customers: 2, contacts: 3, openTasks: 1, total: 6 } });
    expect(offboardingSummary(translator('zh-CN'), handed)).toBe('已停用 赵敏；客户 2、联系人 3、待办任务 1 已交接给 王建国');
    expect(offboardingSummary(translator('en'), handed)).toBe('赵敏 disabled; Customers: 2, Contacts: 3, Open tasks: 1 handed to 王建国');
  });

  it('reports customers released to the pool and what stayed with the disabled user', () => {
    const released = result({ customersReleased: 4, kept: { ...none, leads: 1, total: 1 } });
    expect(offboardingSummary(translator('zh-CN'), released)).toBe('已停用 赵敏；4 个客户已释放到公海；线索 1 保留在原用户名下');
  });

  it('is just the disabling when there was nothing to hand over', () => {
    expect(offboardingSummary(translator('zh-CN'), result({}))).toBe('已停用 赵敏');
  });
});
