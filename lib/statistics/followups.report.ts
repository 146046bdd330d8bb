// 跟进统计: the selected people's follow-ups in the period by method and by person, with the substantive share.
import { EntityManager } from 'typeorm';
import { readableFollowUps } from '@/lib/followup/followup.query';
import { InsightPerson, byPeople, peopleRows } from '@/lib/insight/people';
import { Selection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';
import { BreakdownRow, breakdown } from './breakdown';

export interface PersonCount { person: InsightPerson; count: number; substantive: number }
export interface FollowUpReport { total: number; substantive: number; byMethod: BreakdownRow[]; byPerson: PersonCount[] }

export async function followUpReport(manager: EntityManager, sel: Selection): Promise<FollowUpReport> {
  const qb = within(byPeople(await readableFollowUps(manager, sel.viewer), 'f.authorId', sel.people), 'f.occurredAt', sel.period, 'instant')
    .setParameter('statYes', true);
  const substantive = 'f.substantive = :statYes';
  const [byMethod, byAuthor, people] = await Promise.all([
    breakdown(manager, qb, 'f.method', { extra: substantive }), breakdown(manager, qb, 'f.authorId', { extra: substantive }), peopleRows(manager, sel.people),
  ]);
  const counts = new Map(byAuthor.map((r) => [Number(r.key), r]));
  const byPerson = people.map((person) => ({ person, count: counts.get(person.id)?.count ?? 0, substantive: counts.get(person.id)?.extra ?? 0 }))
    .sort((a, b) => b.count - a.count || b.substantive - a.substantive || a.person.id - b.person.id);
  return { total: byMethod.reduce((n, r) => n + r.count, 0), substantive: byMethod.reduce((n, r) => n + (r.extra ?? 0), 0), byMethod, byPerson };
}
