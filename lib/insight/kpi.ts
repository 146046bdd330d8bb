// 业绩目标: target, actual and completion of the four metrics over the whole months the period touches, for the
// selection (everyone the viewer sees, a department, or a person) and for each of its people (the ranking).
import { EntityManager } from 'typeorm';
import { KPI_METRICS, KpiMetric } from '@/entities/kpi-target.entity';
import { DateSpan, monthsSpan } from './period';
import { InsightPerson, peopleRows } from './people';
import { Selection } from './selection';
import { ByPerson, formatMetric, metricsByPerson, total } from './metrics';
import { Targets, departmentTargets, emptyTargets, peopleTarget, userTargets } from './targets';

export interface KpiFigure { metric: KpiMetric; target: string | null; actual: string; completion: number | null }
export interface KpiPersonRow { person: InsightPerson; figures: KpiFigure[] }
export interface SalesKpi { months: string[]; span: DateSpan; figures: KpiFigure[]; people: KpiPersonRow[] }

/** actual ÷ target, to four decimals; null without a (positive) target. */
export const completion = (actual: bigint, target: bigint | null) =>
  target === null || target <= 0n ? null : Number((actual * 10000n) / target) / 10000;

function figures(targets: Targets, actual: (metric: KpiMetric) => bigint): KpiFigure[] {
  return KPI_METRICS.map((metric) => {
    const value = actual(metric);
    const target = targets[metric];
    return { metric, target: target === null ? null : formatMetric(metric, target), actual: formatMetric(metric, value), completion: completion(value, target) };
  });
}

async function selectionTargets(manager: EntityManager, sel: Selection, months: string[]): Promise<Targets> {
  if (sel.userId) return (await userTargets(manager, months, [sel.userId])).get(sel.userId) ?? emptyTargets();
  if (sel.department) return (await departmentTargets(manager, months)).get(sel.department.id) ?? emptyTargets();
  return peopleTarget(manager, months, sel.people);
}

export async function salesKpi(manager: EntityManager, sel: Selection): Promise<SalesKpi> {
  const months = sel.period.months;
  const span = monthsSpan(sel.period);
  const [actuals, targets, people, personal] = await Promise.all([
    metricsByPerson(manager, sel, span),
    selectionTargets(manager, sel, months),
    peopleRows(manager, sel.people),
    userTargets(manager, months, sel.people.all ? 'all' : sel.people.ids),
  ]);
  const of = (values: ByPerson, id: number) => values.get(id) ?? 0n;
  const rows = people.map((person) => ({
    person, figures: figures(personal.get(person.id) ?? emptyTargets(), (m) => of(actuals[m], person.id)),
  }));
  const lead = (row: KpiPersonRow) => row.figures[0];
  rows.sort((a, b) => (lead(b).completion ?? -1) - (lead(a).completion ?? -1) || Number(lead(b).actual) - Number(lead(a).actual) || a.person.id - b.person.id);
  return { months, span, figures: figures(targets, (m) => total(actuals[m])), people: rows };
}
