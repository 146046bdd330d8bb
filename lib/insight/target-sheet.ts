// The target editor's view of one subject and year: its own monthly targets and the effective ones (what the
// dashboard compares against). Readable by whoever may set them or sees the subject on their dashboard.
import { EntityManager } from 'typeorm';
import { Department, User } from '@/entities';
import { KPI_METRICS, KpiMetric, KpiSubject } from '@/entities/kpi-target.entity';
import { Viewer } from '@/lib/access';
import { DomainError, badInput } from '@/lib/errors';
import { formatMetric } from './metrics';
import { insightDepartments, insightPeople } from './people';
import { requireInsight } from './selection';
import { TargetCell, ownTargets, requireTargetSubject } from './target.service';
import { departmentTargets, userTargets } from './targets';

export interface TargetSheet {
  subjectType: KpiSubject; subjectId: number; subjectName: string; year: number; editable: boolean;
  own: TargetCell[]; effective: TargetCell[];
}

async function editable(manager: EntityManager, viewer: Viewer, type: KpiSubject, id: number) {
  try {
    await requireTargetSubject(manager, viewer, type, id);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

async function onDashboard(manager: EntityManager, viewer: Viewer, type: KpiSubject, id: number) {
  try {
    await requireInsight(manager, viewer);
  } catch {
    return false;
  }
  const reach = await insightPeople(manager, viewer);
  if (type === KpiSubject.USER) return reach.all || reach.ids.includes(id);
  return (await insightDepartments(manager, reach)).some((d) => d.id === id);
}

export async function targetSheet(manager: EntityManager, viewer: Viewer, subjectType: KpiSubject, subjectId: number, year: number): Promise<TargetSheet> {
  const canEdit = await editable(manager, viewer, subjectType, subjectId);
  if (!canEdit && !(await onDashboard(manager, viewer, subjectType, subjectId))) throw badInput('subjectId', 'is not a department or person whose targets you may see');
  const subject = subjectType === KpiSubject.USER ? await manager.findOneBy(User, { id: subjectId }) : await manager.findOneBy(Department, { id: subjectId });
  if (!subject) throw badInput('subjectId', 'is not a department or person whose targets you may see');
  const own = await ownTargets(manager, subjectType, subjectId, year);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const perMonth = await Promise.all(months.map((month) => (subjectType === KpiSubject.USER
    ? userTargets(manager, [month], [subjectId]).then((m) => m.get(subjectId))
    : departmentTargets(manager, [month]).then((m) => m.get(subjectId)))));
  const effective = months.flatMap((month, i) => KPI_METRICS.map((metric: KpiMetric) => {
    const value = perMonth[i]?.[metric] ?? null;
    return { month, metric, value: value === null ? null : formatMetric(metric, value) };
  }));
  return { subjectType, subjectId, subjectName: subject.name, year, editable: canEdit, own, effective };
}
