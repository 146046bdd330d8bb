// 销售简报: what the selected people did in the period, next to the previous period — new customers, contacts,
// opportunities (count, amount), approved contracts signed (count, amount), approved receivables (count, amount),
// follow-ups (all, substantive). Each figure is an SQL aggregate over the people's records the viewer may read, in
// the shapes of owned.ts and followups.ts (the same rows as the module's readable query narrowed to the people), over
// the period: exactly the filter its list page applies, so a click shows what was counted.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { ContractStatus } from '@/entities/contract.entity';
import { ReceivableStatus } from '@/entities/receivable.entity';
import { formatCents } from '@/lib/contract/money';
import { OWNED, ownedRecords } from './owned';
import { AuthorCounts, followUpCounts } from './followups';
import { newCustomerCounts } from './new-customers';
import { Selection } from './selection';
import { ColumnKind, centsIf, countIf, int, lowerBound, sumCents } from './sql';

export interface BriefFigures {
  newCustomers: number;
  newContacts: number;
  newOpportunities: number;
  newOpportunityAmount: string;
  newContracts: number;
  contractAmount: string;
  receivables: number;
  receivableAmount: string;
  followUps: number;
  substantiveFollowUps: number;
}

export interface SalesBrief { current: BriefFigures; previous: BriefFigures }

/** Where each brief figure comes from: its time column and owner column on the module's readable query. */
export const BRIEF_SOURCES = {
  customers: { time: 'c.createdAt', kind: 'instant', owner: 'c.ownerId' },
  contacts: { time: 'ct.createdAt', kind: 'instant', owner: 'ct.ownerId' },
  opportunities: { time: 'o.createdAt', kind: 'instant', owner: 'o.ownerId' },
  contracts: { time: 'k.signDate', kind: 'date', owner: 'k.ownerId' },
  receivables: { time: 'r.receivedDate', kind: 'date', owner: 'k.ownerId' },
  followUps: { time: 'f.occurredAt', kind: 'instant', owner: 'f.authorId' },
} as const satisfies Record<string, { time: string; kind: ColumnKind; owner: string }>;

type Row = Record<string, unknown>;

/**
 * Narrows a readable query to the people and to both periods (the previous one ends where the current begins),
 * then selects the aggregates: each gets a current (`c_…`) and a previous (`p_…`) column.
 */
async function bothPeriods<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>, sel: Selection, source: { time: string; kind: ColumnKind; owner: string },
  aggregates: (current: string, previous: string) => Record<string, string>,
): Promise<Row> {
  const { time, kind } = source;
  const from = lowerBound(sel.period.previous, kind);
  const to = kind === 'instant' ? sel.period.end : sel.period.to;
  qb.andWhere(`${time} >= :briefFrom AND ${time} <= :briefTo`, { briefFrom: from, briefTo: to, briefSplit: lowerBound(sel.period, kind), briefYes: true });
  const selects = aggregates(`${time} >= :briefSplit`, `${time} < :briefSplit`);
  qb.select('COUNT(*)', 'total');
  for (const [alias, sql] of Object.entries(selects)) qb.addSelect(sql, alias);
  return (await qb.orderBy().getRawOne<Row>()) ?? {};
}

const total = (counts: Map<number, number>) => [...counts.values()].reduce((sum, n) => sum + n, 0);

const counts = (current: string, previous: string) => ({ c_n: countIf(current), p_n: countIf(previous) });

export async function salesBrief(manager: EntityManager, sel: Selection): Promise<SalesBrief> {
  const { viewer } = sel;
  const withAmount = (column: string) => (current: string, previous: string) => ({
    ...counts(current, previous), c_amount: centsIf(manager, current, column), p_amount: centsIf(manager, previous, column),
  });
  const [customers, contacts, opportunities, contracts, receivables, followUps] = await Promise.all([
    newCustomerCounts(manager, viewer, sel.people, [sel.period, sel.period.previous]).then(([current, previous]) => ({ c_n: total(current), p_n: total(previous) }) as Row),
    ownedRecords(manager, viewer, OWNED.contacts, sel.people).then((qb) => bothPeriods(qb, sel, BRIEF_SOURCES.contacts, counts)),
    ownedRecords(manager, viewer, OWNED.opportunities, sel.people).then((qb) => bothPeriods(qb, sel, BRIEF_SOURCES.opportunities, withAmount('o.amount'))),
    ownedRecords(manager, viewer, OWNED.contracts, sel.people).then((qb) => bothPeriods(qb.andWhere('k.status = :briefApproved', { briefApproved: ContractStatus.APPROVED }), sel, BRIEF_SOURCES.contracts, withAmount('k.amount'))),
    ownedRecords(manager, viewer, OWNED.receivables, sel.people).then((qb) => bothPeriods(qb.andWhere('r.status = :briefReceived', { briefReceived: ReceivableStatus.APPROVED }), sel, BRIEF_SOURCES.receivables, withAmount('r.amount'))),
    followUpCounts(manager, viewer, sel.people, [sel.period, sel.period.previous]).then(([current, previous]) => {
      const sum = (counts: AuthorCounts, key: 'n' | 's') => [...counts.values()].reduce((all, c) => all + c[key], 0);
      return { c_n: sum(current, 'n'), p_n: sum(previous, 'n'), c_s: sum(current, 's'), p_s: sum(previous, 's') } as Row;
    }),
  ]);
  const figures = (p: 'c' | 'p'): BriefFigures => ({
    newCustomers: int(customers[`${p}_n`]),
    newContacts: int(contacts[`${p}_n`]),
    newOpportunities: int(opportunities[`${p}_n`]),
    newOpportunityAmount: formatCents(sumCents(opportunities[`${p}_amount`])),
    newContracts: int(contracts[`${p}_n`]),
    contractAmount: formatCents(sumCents(contracts[`${p}_amount`])),
    receivables: int(receivables[`${p}_n`]),
    receivableAmount: formatCents(sumCents(receivables[`${p}_amount`])),
    followUps: int(followUps[`${p}_n`]),
    substantiveFollowUps: int(followUps[`${p}_s`]),
  });
  return { current: figures('c'), previous: figures('p') };
}
