// Allocates the next numbers of a record type inside the caller's transaction (the rule's row is locked, so
// concurrent creates on MySQL/MariaDB queue on it), and lets holders of system:numbering change the pattern:
// new numbers only, audited with before and after. A number some record already holds (left by an earlier
// pattern) is skipped, so a changed rule never hands out a duplicate.
import { DataSource, EntityManager, In } from 'typeorm';
import { Contract, Customer, NumberingRule, Receivable } from '@/entities';
import { Viewer, hasPermission } from '@/lib/access';
import { audit, diff } from '@/lib/audit/audit';
import { forUpdate } from '@/lib/db/lock';
import { inTransaction } from '@/lib/db/transaction';
import { FieldErrors, badInput, forbidden } from '@/lib/errors';
import { actorOf } from '@/lib/org/org.common';
import {
  DEFAULT_PATTERNS, DatePart, NUMBERED_MODULES, NumberedModule, NumberingPattern, ResetPeriod, formatNumber, isNumberedModule, patternErrors, periodOf,
} from './numbering.rules';

export { periodOf } from './numbering.rules';
export const NUMBERING_PERMISSION = 'system:numbering';

/** The table whose `code` column holds a record type's numbers. */
const HOLDERS: Record<NumberedModule, typeof Customer | typeof Contract | typeof Receivable> = { customer: Customer, contract: Contract, receivable: Receivable };

const patternOf = (rule: NumberingRule): NumberingPattern =>
  ({ prefix: rule.prefix, datePart: rule.datePart as DatePart, resetPeriod: rule.resetPeriod as ResetPeriod, sequenceLength: rule.sequenceLength });

const defaultsOf = (module: string): NumberingPattern =>
  (isNumberedModule(module) ? DEFAULT_PATTERNS[module] : { prefix: module.slice(0, 2).toUpperCase(), datePart: 'YYYYMMDD', resetPeriod: 'DAILY', sequenceLength: 4 });

/** The rule's row, locked on MySQL/MariaDB; created with the defaults on first use. */
async function lockedRule(manager: EntityManager, module: string): Promise<NumberingRule> {
  const locked = () => forUpdate(manager, manager.createQueryBuilder(NumberingRule, 'r').where('r.module = :module', { module }));
  const rule = await locked().getOne();
  if (rule) return rule;
  await manager.createQueryBuilder().insert().into(NumberingRule).values({ module, ...defaultsOf(module), currentPeriod: '', currentValue: 0 }).orIgnore().execute();
  return locked().getOneOrFail();
}

async function takenCodes(manager: EntityManager, module: string, codes: string[]): Promise<Set<string>> {
  if (!isNumberedModule(module) || !codes.length) return new Set();
  const rows = await manager.find(HOLDERS[module], { select: { code: true }, where: { code: In(codes) }, withDeleted: true });
  return new Set(rows.map((r) => r.code));
}

export async function nextNumber(manager: EntityManager, module: string, now = new Date()): Promise<string> {
  return (await nextNumbers(manager, module, 1, now))[0];
}

/** `count` consecutive free numbers of the rule in one locked step (imports number a whole batch at once). */
export async function nextNumbers(manager: EntityManager, module: string, count: number, now = new Date()): Promise<string[]> {
  if (count <= 0) return [];
  const rule = await lockedRule(manager, module);
  const pattern = patternOf(rule);
  const period = periodOf(rule.resetPeriod, now);
  let next = rule.currentPeriod === period ? rule.currentValue + 1 : 1;
  const out: string[] = [];
  // Look ahead in growing windows: after a pattern change many numbers in a row may already be held.
  for (let size = count; out.length < count; size = Math.min(1000, size * 2)) {
    const values = Array.from({ length: size }, (_, i) => next + i);
    const codes = values.map((v) => formatNumber(pattern, v, now));
    const taken = await takenCodes(manager, module, codes);
    for (let i = 0; i < values.length && out.length < count; i++) {
      if (!taken.has(codes[i])) out.push(codes[i]);
      next = values[i] + 1;
    }
  }
  await manager.update(NumberingRule, { id: rule.id }, { currentPeriod: period, currentValue: next - 1 });
  return out;
}

export interface NumberingRuleView extends NumberingPattern { module: NumberedModule; nextNumber: string; updatedAt: Date | null }

/** Every numbered record type's rule (the defaults where none is stored), with the number the next record would get now. */
export async function numberingRules(manager: EntityManager, now = new Date()): Promise<NumberingRuleView[]> {
  const stored = new Map((await manager.findBy(NumberingRule, { module: In([...NUMBERED_MODULES]) })).map((r) => [r.module, r]));
  return NUMBERED_MODULES.map((module) => {
    const rule = stored.get(module);
    const pattern = rule ? patternOf(rule) : DEFAULT_PATTERNS[module];
    const value = rule && rule.currentPeriod === periodOf(pattern.resetPeriod, now) ? rule.currentValue + 1 : 1;
    return { module, ...pattern, nextNumber: formatNumber(pattern, value, now), updatedAt: rule?.updatedAt ?? null };
  });
}

export type NumberingRuleInput = Partial<NumberingPattern>;

/** Changes a record type's pattern (system:numbering). Numbers already given keep their value; audited. */
export async function updateNumberingRule(db: DataSource, viewer: Viewer, module: string, input: NumberingRuleInput): Promise<NumberingRuleView> {
  if (!hasPermission(viewer, NUMBERING_PERMISSION)) throw forbidden(`Missing permission ${NUMBERING_PERMISSION}`);
  if (!isNumberedModule(module)) throw badInput([{ field: 'module', message: `must be one of ${NUMBERED_MODULES.join(', ')}` }]);
  return inTransaction(db, async (manager) => {
    const rule = await lockedRule(manager, module);
    const before = patternOf(rule);
    const after: NumberingPattern = {
      prefix: input.prefix === undefined || input.prefix === null ? before.prefix : input.prefix.trim(),
      datePart: input.datePart ?? before.datePart,
      resetPeriod: input.resetPeriod ?? before.resetPeriod,
      sequenceLength: input.sequenceLength ?? before.sequenceLength,
    };
    patternErrors(after, new FieldErrors()).throwIfAny();
    const changes = diff(before, after);
    if (Object.keys(changes).length) {
      // A new reset period starts a new counter period; the allocator skips numbers that already exist.
      await manager.update(NumberingRule, { id: rule.id }, { ...after, updatedById: viewer.userId });
      await audit(manager, actorOf(viewer), { action: 'update', entityType: 'numbering_rule', entityId: rule.id, changes: { module, ...changes } });
    }
    return (await numberingRules(manager)).find((r) => r.module === module)!;
  });
}
