// Allocates the next number of a numbering rule (e.g. KH202611220001) inside the caller's transaction.
import { EntityManager } from 'typeorm';
import { NumberingRule } from '@/entities';
import { forUpdate } from '@/lib/db/lock';

const DEFAULT_RULES: Record<string, { prefix: string; resetPeriod: string; sequenceLength: number }> = {
  customer: { prefix: 'KH', resetPeriod: 'DAILY', sequenceLength: 4 },
  contract: { prefix: 'HT', resetPeriod: 'DAILY', sequenceLength: 4 },
  receivable: { prefix: 'HK', resetPeriod: 'DAILY', sequenceLength: 4 },
};

/** Date part in the company's time zone (Asia/Shanghai unless CRM_TIME_ZONE says otherwise). */
export function periodOf(resetPeriod: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.CRM_TIME_ZONE ?? 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(now).reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
  if (resetPeriod === 'YEARLY') return parts.year;
  if (resetPeriod === 'MONTHLY') return parts.year + parts.month;
  if (resetPeriod === 'NEVER') return '';
  return parts.year + parts.month + parts.day;
}

export async function nextNumber(manager: EntityManager, module: string, now = new Date()): Promise<string> {
  return (await nextNumbers(manager, module, 1, now))[0];
}

/** `count` consecutive numbers of the rule in one locked step (imports number a whole batch at once). */
export async function nextNumbers(manager: EntityManager, module: string, count: number, now = new Date()): Promise<string[]> {
  if (count <= 0) return [];
  const locked = () => forUpdate(manager, manager.createQueryBuilder(NumberingRule, 'r').where('r.module = :module', { module }));
  let rule = await locked().getOne();
  if (!rule) {
    const defaults = DEFAULT_RULES[module] ?? { prefix: module.slice(0, 2).toUpperCase(), resetPeriod: 'DAILY', sequenceLength: 4 };
    await manager.createQueryBuilder().insert().into(NumberingRule).values({ module, ...defaults, currentPeriod: '', currentValue: 0 }).orIgnore().execute();
    rule = await locked().getOneOrFail();
  }
  const period = periodOf(rule.resetPeriod, now);
  const first = rule.currentPeriod === period ? rule.currentValue + 1 : 1;
  await manager.update(NumberingRule, { id: rule.id }, { currentPeriod: period, currentValue: first + count - 1 });
  return Array.from({ length: count }, (_, i) => `${rule!.prefix}${period}${String(first + i).padStart(rule!.sequenceLength, '0')}`);
}
