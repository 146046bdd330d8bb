// The live compliance report (seed 002 §3.4, §3.2.3): per person of the selection, how many core and high-growth
// direct customers they hold against the quota, how many are overdue or due soon, how many miss their level's
// criteria; the same per department one level down; and the customers themselves, most overdue first.
import { EntityManager } from 'typeorm';
import { Department } from '@/entities';
import { CustomerLevel, CustomerType } from '@/entities/customer.entity';
import { rawDate } from '@/lib/supervision/supervision.filter';
import { InsightPerson, insightDepartments, peopleRows } from '@/lib/insight/people';
import { Selection } from '@/lib/insight/selection';
import { badInput } from '@/lib/errors';
import { DEFAULT_PAGE, MAX_PAGE, Page } from '@/lib/pagination';
import { CustomerField, Rules, complianceRules } from './compliance.settings';
import { DAY_SECONDS, FrequencyRule, customerStates, runNamed } from './compliance.query';

export interface ComplianceFigures { customers: number; core: number; highGrowth: number; overdue: number; dueSoon: number; criteria: number }
export interface CompliancePerson extends ComplianceFigures { person: InsightPerson; behind: boolean }
export interface ComplianceDepartment extends ComplianceFigures { department: { id: number; name: string }; people: number; behind: number }
export interface ComplianceReport { rules: Rules; totals: ComplianceFigures & { people: number; behind: number }; people: CompliancePerson[]; departments: ComplianceDepartment[] }

const zero = (): ComplianceFigures => ({ customers: 0, core: 0, highGrowth: 0, overdue: 0, dueSoon: 0, criteria: 0 });
const int = (v: unknown) => Number(v ?? 0);

/** A person holding customers is behind when short of a quota or with an overdue customer. */
export const isBehind = (f: ComplianceFigures, rules: Rules) => f.customers > 0 && (f.core < rules.minCore || f.highGrowth < rules.minHighGrowth || f.overdue > 0);

/** The conditions of a state filter over the per-customer rows (alias y). */
function soonBound(rules: Rules) { return -rules.reminderDays * DAY_SECONDS; }
const CRITERIA = '(y.noDeal = 1 OR y.noRecentContact = 1 OR y.missing > 0)';

async function perOwner(manager: EntityManager, sel: Selection, rules: Rules, now: Date) {
  const states = await customerStates(manager, sel.viewer, sel.people, rules, now);
  const direct = `y.type = '${CustomerType.DIRECT}'`;
  const rows = await runNamed<Record<string, unknown>>(manager, `SELECT y.ownerId AS ownerId, COUNT(*) AS customers,
      SUM(CASE WHEN ${direct} AND y.level = '${CustomerLevel.CORE}' THEN 1 ELSE 0 END) AS core,
      SUM(CASE WHEN ${direct} AND y.level = '${CustomerLevel.HIGH_GROWTH}' THEN 1 ELSE 0 END) AS highGrowth,
      SUM(CASE WHEN y.slack > 0 THEN 1 ELSE 0 END) AS overdue,
      SUM(CASE WHEN y.slack <= 0 AND y.slack > ${soonBound(rules)} THEN 1 ELSE 0 END) AS dueSoon,
      SUM(CASE WHEN ${CRITERIA} THEN 1 ELSE 0 END) AS criteria
    FROM (${states.sql}) y GROUP BY y.ownerId`, states.params);
  return new Map(rows.map((r) => [int(r.ownerId), {
    customers: int(r.customers), core: int(r.core), highGrowth: int(r.highGrowth), overdue: int(r.overdue), dueSoon: int(r.dueSoon), criteria: int(r.criteria),
  }]));
}

const plus = (a: ComplianceFigures, b: ComplianceFigures): ComplianceFigures => ({
  customers: a.customers + b.customers, core: a.core + b.core, highGrowth: a.highGrowth + b.highGrowth, overdue: a.overdue + b.overdue, dueSoon: a.dueSoon + b.dueSoon, criteria: a.criteria + b.criteria,
});

export async function complianceReport(manager: EntityManager, sel: Selection, now = new Date()): Promise<ComplianceReport> {
  const rules = await complianceRules(manager);
  const [byOwner, people, listed, all] = await Promise.all([
    perOwner(manager, sel, rules, now), peopleRows(manager, sel.people), insightDepartments(manager, sel.reach), manager.find(Department, { select: { id: true, path: true } }),
  ]);
  const rows = people.map((person) => {
    const figures = byOwner.get(person.id) ?? zero();
    return { person, ...figures, behind: isBehind(figures, rules) };
  }).sort((a, b) => Number(b.behind) - Number(a.behind) || b.overdue - a.overdue || b.criteria - a.criteria || a.person.id - b.person.id);
  const totals = rows.reduce((sum, r) => plus(sum, r), zero());
  // Departments one level below the selection (its children, or the top of the viewer's tree).
  const roots = listed.filter((d) => d.parentId === null);
  const anchor = sel.department?.id ?? (roots.length === 1 ? roots[0].id : null);
  const level = sel.userId ? [] : anchor === null ? roots : listed.filter((d) => d.parentId === anchor);
  const pathOf = new Map(all.map((d) => [d.id, d.path]));
  const departments = level.map((d) => {
    const inside = rows.filter((r) => (pathOf.get(r.person.departmentId) ?? '').startsWith(d.path));
    return { department: { id: d.id, name: d.name }, people: inside.length, behind: inside.filter((r) => r.behind).length, ...inside.reduce((sum, r) => plus(sum, r), zero()) };
  });
  return { rules, totals: { ...totals, people: rows.length, behind: rows.filter((r) => r.behind).length }, people: rows, departments };
}

export type ComplianceState = 'OVERDUE' | 'DUE_SOON' | 'CRITERIA' | 'TRACKED' | 'ALL';
export type ComplianceProblem = 'NO_DEAL' | 'NO_RECENT_CONTACT' | 'MISSING_FIELDS';

export interface ComplianceCustomer {
  id: number; code: string; name: string; level: CustomerLevel; type: CustomerType; ownerId: number;
  rule: FrequencyRule | null; intervalDays: number | null; lastContactAt: Date | null; dueAt: Date | null; overdueDays: number | null;
  problems: ComplianceProblem[]; missingFields: CustomerField[];
}

/** When a contact falls due: the reference time plus the interval, to the second (stable across runs and databases). */
export const dueTime = (reference: Date, days: number) => new Date(Math.floor(reference.getTime() / 1000) * 1000 + days * DAY_SECONDS * 1000);

export const intervalOf = (rule: FrequencyRule | null, rules: Rules) =>
  (rule === 'CORE_SHORT' ? rules.coreShortDays : rule === 'CORE_MID' ? rules.coreMidDays : rule === 'HIGH_GROWTH' ? rules.highGrowthDays : null);

/** The customers in a state, most overdue first (untracked last), then by id. */
export async function complianceCustomers(manager: EntityManager, sel: Selection, state: ComplianceState, page: { first?: number | null; offset?: number | null } = {}, now = new Date()): Promise<Page<ComplianceCustomer>> {
  const first = page.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) throw badInput('first', `must be between 0 and ${MAX_PAGE}`);
  const offset = page.offset ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw badInput('offset', 'must be zero or more');
  const rules = await complianceRules(manager);
  const states = await customerStates(manager, sel.viewer, sel.people, rules, now);
  const where = {
    OVERDUE: 'y.slack > 0', DUE_SOON: `y.slack <= 0 AND y.slack > ${soonBound(rules)}`, CRITERIA, TRACKED: 'y.rule IS NOT NULL', ALL: '1 = 1',
  }[state];
  if (!where) throw badInput('state', 'is invalid');
  const from = `FROM (${states.sql}) y WHERE ${where}`;
  const [rows, count] = await Promise.all([
    runNamed<Record<string, unknown>>(manager, `SELECT y.* ${from} ORDER BY CASE WHEN y.slack IS NULL THEN 1 ELSE 0 END, y.slack DESC, y.id ASC LIMIT ${first} OFFSET ${offset}`, states.params),
    runNamed<{ n: unknown }>(manager, `SELECT COUNT(*) AS n ${from}`, states.params),
  ]);
  const totalCount = int(count[0]?.n);
  const nodes = rows.map((r): ComplianceCustomer => {
    const rule = (r.rule ?? null) as FrequencyRule | null;
    const slack = r.slack === null || r.slack === undefined ? null : Number(r.slack);
    const lastContactAt = rawDate(r.lastContact);
    const interval = intervalOf(rule, rules);
    const reference = rawDate(r.reference);
    const dueAt = interval === null || !reference ? null : dueTime(reference, interval);
    const missingFields = rules.requiredFields.filter((f) => int(r[`m_${f}`]) === 1);
    const problems: ComplianceProblem[] = [];
    if (int(r.noDeal) === 1) problems.push('NO_DEAL');
    if (int(r.noRecentContact) === 1) problems.push('NO_RECENT_CONTACT');
    if (missingFields.length) problems.push('MISSING_FIELDS');
    return {
      id: int(r.id), code: String(r.code), name: String(r.name), level: r.level as CustomerLevel, type: r.type as CustomerType, ownerId: int(r.ownerId),
      rule, intervalDays: interval, lastContactAt, dueAt, overdueDays: slack !== null && slack > 0 ? Math.floor(slack / DAY_SECONDS) : null, problems, missingFields,
    };
  });
  return { nodes, totalCount, startOffset: offset, hasNextPage: offset + nodes.length < totalCount, hasPreviousPage: offset > 0 };
}
