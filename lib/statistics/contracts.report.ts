// 合同回款: for the selected people's approved contracts — money planned (payment plans by planned date) against
// money received (approved receivables by date) per month for 12 months; the plans overdue now (planned date passed,
// less received against them than planned); and per person: contracts signed, amount, received and outstanding.
import { EntityManager } from 'typeorm';
import { PaymentPlan, Receivable } from '@/entities';
import { OWNED, ownedRecords } from '@/lib/insight/owned';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { dateOf, todayIn } from '@/lib/contract/dates';
import { formatCents, sqlCents, sumCents } from '@/lib/contract/money';
import { shiftMonth } from '@/lib/insight/period';
import { InsightPerson, peopleRows } from '@/lib/insight/people';
import { Selection } from '@/lib/insight/selection';
import { within } from '@/lib/insight/sql';
import { monthBucket, monthsRange } from '@/lib/insight/trend';

export interface PlanMonth { month: string; planned: string; received: string }
export interface OverduePlan { planId: number; contractId: number; contractCode: string; contractTitle: string; ownerId: number; term: number; plannedDate: string; planned: string; received: string; outstanding: string }
export interface ContractPerson { person: InsightPerson; contracts: number; amount: string; received: string; outstanding: string }
export interface ContractReport { contracts: number; amount: string; received: string; months: PlanMonth[]; overduePlans: OverduePlan[]; overdueTotal: string; byPerson: ContractPerson[] }

const OVERDUE_LIMIT = 100;

export async function contractReport(manager: EntityManager, sel: Selection): Promise<ContractReport> {
  const approved = async () => (await ownedRecords(manager, sel.viewer, OWNED.contracts, sel.people)).andWhere('k.status = :statApproved', { statApproved: ContractStatus.APPROVED });
  const months = Array.from({ length: 12 }, (_, i) => shiftMonth(sel.period.months[sel.period.months.length - 1], i - 11));
  const range = monthsRange(months);
  const receivedOf = (alias: string, where: string) => `COALESCE((SELECT SUM(${sqlCents(manager, `${alias}.amount`)}) FROM receivable ${alias} WHERE ${where} AND ${alias}.status = '${ReceivableStatus.APPROVED}'), 0)`;

  const plannedByMonth = async () => {
    const qb = (await approved()).innerJoin(PaymentPlan, 'pp', 'pp.contractId = k.id AND pp.deletedAt IS NULL');
    within(qb, 'pp.plannedDate', range, 'date');
    const bucket = monthBucket('pp.plannedDate', months, 'date', 'ppm');
    return qb.select(bucket.sql, 'bucket').addSelect(`SUM(${sqlCents(manager, 'pp.amount')})`, 'cents').setParameters(bucket.params).groupBy('bucket').orderBy().getRawMany<{ bucket: unknown; cents: unknown }>();
  };
  const receivedByMonth = async () => {
    const qb = (await approved()).innerJoin(Receivable, 'rv', `rv.contractId = k.id AND rv.status = '${ReceivableStatus.APPROVED}'`);
    within(qb, 'rv.receivedDate', range, 'date');
    const bucket = monthBucket('rv.receivedDate', months, 'date', 'rvm');
    return qb.select(bucket.sql, 'bucket').addSelect(`SUM(${sqlCents(manager, 'rv.amount')})`, 'cents').setParameters(bucket.params).groupBy('bucket').orderBy().getRawMany<{ bucket: unknown; cents: unknown }>();
  };
  const overdue = async () => {
    const received = receivedOf('rp', 'rp.plan_id = pp.id');
    const qb = (await approved()).innerJoin(PaymentPlan, 'pp', 'pp.contractId = k.id AND pp.deletedAt IS NULL')
      .andWhere('pp.plannedDate < :statToday', { statToday: todayIn() }).andWhere(`${received} < ${sqlCents(manager, 'pp.amount')}`);
    const [rows, sum] = await Promise.all([
      qb.clone().select('pp.id', 'planId').addSelect('k.id', 'contractId').addSelect('k.code', 'code').addSelect('k.title', 'title').addSelect('k.ownerId', 'ownerId')
        .addSelect('pp.term', 'term').addSelect('pp.plannedDate', 'plannedDate').addSelect(sqlCents(manager, 'pp.amount'), 'planned').addSelect(received, 'received')
        .orderBy('pp.plannedDate', 'ASC').addOrderBy('pp.id', 'ASC').limit(OVERDUE_LIMIT).getRawMany<Record<string, unknown>>(),
      qb.clone().select(`SUM(${sqlCents(manager, 'pp.amount')} - ${received})`, 'cents').orderBy().getRawOne<{ cents: unknown }>(),
    ]);
    return { rows, total: sumCents(sum?.cents) };
  };
  const perPerson = async () => {
    const qb = within(await approved(), 'k.signDate', sel.period, 'date');
    return qb.select('k.ownerId', 'uid').addSelect('COUNT(*)', 'n').addSelect(`SUM(${sqlCents(manager, 'k.amount')})`, 'cents')
      .addSelect(`SUM(${receivedOf('rk', 'rk.contract_id = k.id')})`, 'received').groupBy('k.ownerId').orderBy().getRawMany<{ uid: unknown; n: unknown; cents: unknown; received: unknown }>();
  };
  const [planned, received, late, persons, people] = await Promise.all([plannedByMonth(), receivedByMonth(), overdue(), perPerson(), peopleRows(manager, sel.people)]);
  const at = (rows: { bucket: unknown; cents: unknown }[], i: number) => sumCents(rows.find((r) => Number(r.bucket) === i)?.cents);
  const byId = new Map(persons.map((r) => [Number(r.uid), r]));
  const byPerson = people.map((person) => {
    const r = byId.get(person.id);
    const amount = sumCents(r?.cents);
    const got = sumCents(r?.received);
    return { person, contracts: Number(r?.n ?? 0), amount: formatCents(amount), received: formatCents(got), outstanding: formatCents(amount - got) };
  }).sort((a, b) => Number(BigInt(b.amount.replace('.', '')) - BigInt(a.amount.replace('.', ''))) || a.person.id - b.person.id);
  const sum = (key: 'amount' | 'received') => formatCents(byPerson.reduce((s, r) => s + BigInt(r[key].replace('.', '')), 0n));
  return {
    contracts: byPerson.reduce((n, r) => n + r.contracts, 0), amount: sum('amount'), received: sum('received'),
    months: months.map((month, i) => ({ month, planned: formatCents(at(planned, i)), received: formatCents(at(received, i)) })),
    overduePlans: late.rows.map((r) => ({
      planId: Number(r.planId), contractId: Number(r.contractId), contractCode: String(r.code), contractTitle: String(r.title), ownerId: Number(r.ownerId), term: Number(r.term),
      plannedDate: dateOf(r.plannedDate as string | Date) ?? '', planned: formatCents(sumCents(r.planned)), received: formatCents(sumCents(r.received)),
      outstanding: formatCents(sumCents(r.planned) - sumCents(r.received)),
    })),
    overdueTotal: formatCents(late.total),
    byPerson,
  };
}
