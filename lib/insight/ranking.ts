// 排行榜: the selected people ranked by a metric over the period, and the departments one level below the
// selection (each the sum of its people's figures). The per-person figures are one SQL GROUP BY (metrics.ts);
// only those few aggregates are added up along the department tree here.
import { EntityManager } from 'typeorm';
import { Department } from '@/entities';
import { KpiMetric } from '@/entities/kpi-target.entity';
import { formatMetric, metricByPerson } from './metrics';
import { InsightPerson, insightDepartments, peopleRows } from './people';
import { Selection } from './selection';

export interface PersonRank { rank: number; person: InsightPerson; value: string }
export interface DepartmentRank { rank: number; department: { id: number; name: string }; value: string }
export interface SalesRanking { metric: KpiMetric; people: PersonRank[]; departments: DepartmentRank[] }

/** Ranks by value, highest first; equal values share a rank (1, 2, 2, 4). */
function ranked<T>(items: T[], value: (item: T) => bigint): { item: T; rank: number }[] {
  const sorted = [...items].sort((a, b) => (value(b) > value(a) ? 1 : value(b) < value(a) ? -1 : 0));
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || value(sorted[i - 1]) !== value(item)) rank = i + 1;
    return { item, rank };
  });
}

/** The departments one level below the selection: the chosen one's children, or the top of the viewer's tree. */
async function rankedDepartments(manager: EntityManager, sel: Selection) {
  const listed = await insightDepartments(manager, sel.reach);
  const roots = listed.filter((d) => d.parentId === null);
  const anchor = sel.department?.id ?? (roots.length === 1 ? roots[0].id : null);
  return anchor === null ? roots : listed.filter((d) => d.parentId === anchor);
}

export async function salesRanking(manager: EntityManager, sel: Selection, metric: KpiMetric): Promise<SalesRanking> {
  const [values, people, departments, all] = await Promise.all([
    metricByPerson(manager, sel, metric, sel.period),
    peopleRows(manager, sel.people),
    sel.userId ? Promise.resolve([]) : rankedDepartments(manager, sel),
    manager.find(Department, { select: { id: true, path: true } }),
  ]);
  const valueOf = (id: number) => values.get(id) ?? 0n;
  const pathOf = new Map(all.map((d) => [d.id, d.path]));
  const deptValue = (path: string) => people.filter((p) => (pathOf.get(p.departmentId) ?? '').startsWith(path)).reduce((sum, p) => sum + valueOf(p.id), 0n);
  const deptValues = new Map(departments.map((d) => [d.id, deptValue(d.path)]));
  return {
    metric,
    people: ranked(people, (p) => valueOf(p.id)).map(({ item, rank }) => ({ rank, person: item, value: formatMetric(metric, valueOf(item.id)) })),
    departments: ranked(departments, (d) => deptValues.get(d.id)!).map(({ item, rank }) => ({
      rank, department: { id: item.id, name: item.name }, value: formatMetric(metric, deptValues.get(item.id)!),
    })),
  };
}
