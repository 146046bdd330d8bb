// A dashboard or report request made concrete: the period, and the people whose records it counts — everyone the
// viewer may see, one department of theirs (with its sub-departments), or one person. A department or person
// outside the viewer's reach is BAD_USER_INPUT on that field (as unknown as one that does not exist).
import { EntityManager } from 'typeorm';
import { Department, User } from '@/entities';
import { Viewer, resolveScope, scopeIsEmpty } from '@/lib/access';
import { FieldErrors, forbidden } from '@/lib/errors';
import { Period, PeriodInput, resolvePeriod } from './period';
import { People, departmentUserIds, insightDepartments, insightPeople } from './people';

export interface InsightFilter extends PeriodInput {
  departmentId?: number | null;
  userId?: number | null;
}

export interface Selection {
  viewer: Viewer;
  period: Period;
  /** The people whose records are counted. */
  people: People;
  /** Everyone the viewer may see (the people of an empty selection). */
  reach: People;
  department: Department | null;
  userId: number | null;
}

const isId = (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0;
const OUTSIDE = 'is not within your data scope';

/** Only users who can read customers have a dashboard (the system administrator has none). */
export async function requireInsight(manager: EntityManager, viewer: Viewer) {
  if (scopeIsEmpty(await resolveScope(manager, viewer, 'customer', 'read'))) throw forbidden('No access to customer data');
}

export async function resolveSelection(manager: EntityManager, viewer: Viewer, filter: InsightFilter = {}, now = new Date()): Promise<Selection> {
  await requireInsight(manager, viewer);
  const errors = new FieldErrors();
  let period: Period | null = null;
  try {
    period = resolvePeriod(filter, now);
  } catch (error) {
    const fields = (error as { details?: { fields?: { field: string; message: string }[] } }).details?.fields;
    if (!fields) throw error;
    for (const f of fields) errors.add(f.field, f.message);
  }
  const reach = await insightPeople(manager, viewer);
  const { departmentId, userId } = filter;
  let department: Department | null = null;
  let people: People = reach;
  if (departmentId !== undefined && departmentId !== null) {
    const listed = isId(departmentId) && (await insightDepartments(manager, reach)).some((d) => d.id === departmentId);
    department = listed ? await manager.findOneBy(Department, { id: departmentId }) : null;
    if (!department) errors.add('departmentId', OUTSIDE);
    else {
      const members = new Set(await departmentUserIds(manager, department));
      people = { all: false, ids: reach.all ? [...members].sort((a, b) => a - b) : reach.ids.filter((id) => members.has(id)) };
    }
  }
  if (userId !== undefined && userId !== null) {
    const reachable = isId(userId) && (reach.all ? await userExists(manager, userId) : reach.ids.includes(userId));
    if (!reachable) errors.add('userId', OUTSIDE);
    else if (department && !people.ids.includes(userId)) errors.add('userId', 'is not in the chosen department');
    else people = { all: false, ids: [userId] };
  }
  errors.throwIfAny();
  return { viewer, period: period!, people, reach, department, userId: userId ?? null };
}

const userExists = (manager: EntityManager, id: number) => manager.existsBy(User, { id });
