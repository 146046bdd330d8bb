// The monthly summary per person (seed 002 §3.5.6 考核依据): what they did in the month — follow-ups, substantive
// contacts, new customers, contracts and receivables — beside where they stand on the rulebook now (core and
// high-growth customers held against the quota, overdue customers, customers missing their level's criteria).
import { EntityManager } from 'typeorm';
import { KpiMetric } from '@/entities/kpi-target.entity';
import { readableFollowUps } from '@/lib/followup/followup.query';
import { badInput } from '@/lib/errors';
import { metricsByPerson } from '@/lib/insight/metrics';
import { monthSpan } from '@/lib/insight/period';
import { byPeople } from '@/lib/insight/people';
import { Selection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';
import { formatCents } from '@/lib/contract/money';
import { CompliancePerson, complianceReport } from './compliance.report';

export interface MonthlyRow extends CompliancePerson {
  followUps: number; substantive: number; newCustomers: number; contractAmount: string; receivableAmount: string;
}

export async function monthlySummary(manager: EntityManager, sel: Selection, month: string, now = new Date()): Promise<{ month: string; rows: MonthlyRow[] }> {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw badInput('month', 'must be a month (YYYY-MM)');
  const span = monthSpan(month);
  const substantiveQuery = async () => {
    const qb = await readableFollowUps(manager, sel.viewer);
    byPeople(qb, 'f.authorId', sel.people);
    within(qb, 'f.occurredAt', span, 'instant');
    const rows = await qb.andWhere('f.substantive = :monthlyYes', { monthlyYes: true }).select('f.authorId', 'uid').addSelect('COUNT(*)', 'n')
      .groupBy('f.authorId').orderBy().getRawMany<{ uid: number; n: unknown }>();
    return new Map(rows.map((r) => [Number(r.uid), Number(r.n)]));
  };
  const [metrics, substantive, report] = await Promise.all([metricsByPerson(manager, sel, span), substantiveQuery(), complianceReport(manager, sel, now)]);
  const hundredths = (metric: KpiMetric, id: number) => metrics[metric].get(id) ?? 0n;
  const rows = report.people.map((row) => ({
    ...row,
    followUps: Number(hundredths(KpiMetric.FOLLOW_UPS, row.person.id) / 100n),
    substantive: substantive.get(row.person.id) ?? 0,
    newCustomers: Number(hundredths(KpiMetric.NEW_CUSTOMERS, row.person.id) / 100n),
    contractAmount: formatCents(hundredths(KpiMetric.CONTRACT_AMOUNT, row.person.id)),
    receivableAmount: formatCents(hundredths(KpiMetric.RECEIVABLE_AMOUNT, row.person.id)),
  }));
  return { month, rows };
}
