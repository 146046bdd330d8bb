// What a figure counts — the live records of the selected people that the viewer may read — as a query shaped for
// aggregates. The module's readable query ANDed with `owner IN (people)` is correct but slow: its OR of scope
// branches (owner, team seat, pool, grant) names columns outside the owner/date indexes, so MariaDB reads every row
// of the range (a region manager's 24-month trend read 122 000 rows, 1 s). Here the people whose records the scope
// reads by owner take a plain `owner IN (…)` (index only); the team and grant branches are added just for the other
// selected people, which exist only when the viewer's people come from a wider scope of another module.
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DataModule, ScopeColumns, Viewer, resolveScope, scopeCondition } from '@/lib/access';
import { allContacts } from '@/lib/contact/contact.service';
import { allContracts } from '@/lib/contract/contract.query';
import { CONTRACT_TABLE } from '@/lib/contract/contract.tables';
import { allCustomers } from '@/lib/customer/customer.query';
import { CONTACT_TABLE, CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { allOpportunities } from '@/lib/opportunity/opportunity.query';
import { OPPORTUNITY_TABLE } from '@/lib/opportunity/opportunity.tables';
import { allReceivables } from '@/lib/receivable/receivable.query';
import { People, byPeople } from './people';

interface OwnedSource<T extends ObjectLiteral> {
  module: DataModule;
  columns: ScopeColumns;
  /** Live rows before any scope. */
  live: (manager: EntityManager) => SelectQueryBuilder<T>;
}

const source = <T extends ObjectLiteral>(module: DataModule, columns: ScopeColumns, live: (manager: EntityManager) => SelectQueryBuilder<T>): OwnedSource<T> => ({ module, columns, live });

export const OWNED = {
  customers: source('customer', CUSTOMER_TABLE.columns, allCustomers),
  contacts: source('contact', CONTACT_TABLE.columns, allContacts),
  opportunities: source('opportunity', OPPORTUNITY_TABLE.columns, allOpportunities),
  contracts: source('contract', CONTRACT_TABLE.columns, allContracts),
  // A receivable is read through its contract: the contract's owner, team and approval grants.
  receivables: source('contract', CONTRACT_TABLE.columns, allReceivables),
};

let seq = 0;

interface Split {
  /** The people whose every live record the viewer reads (by owner, or everything). */
  covered: People;
  /** Records of the other people reached through a team seat or a grant, as a condition; null when none can be. */
  others: { sql: string; params: Record<string, unknown> } | null;
}

async function split(manager: EntityManager, viewer: Viewer, from: OwnedSource<ObjectLiteral>, people: People): Promise<Split> {
  const owner = from.columns.owner;
  const scope = await resolveScope(manager, viewer, from.module, 'read');
  if (scope.all) return { covered: people, others: null };
  const readByOwner = new Set(scope.ownerIds);
  const covered: People = { all: false, ids: people.all ? scope.ownerIds : people.ids.filter((id) => readByOwner.has(id)) };
  const otherIds = people.ids.filter((id) => !readByOwner.has(id));
  // Only the team and grant branches can reach an owned record of someone else (a pool holds owner-less ones).
  const reach = scopeCondition({ ...scope, ownerIds: [], poolIds: [] }, from.columns);
  if (!(people.all || otherIds.length) || !reach || reach.sql === '1 = 0') return { covered, others: null };
  const n = ++seq;
  const whose = people.all
    ? (covered.ids.length ? `${owner} IS NOT NULL AND ${owner} NOT IN (:...ownedCovered${n})` : `${owner} IS NOT NULL`)
    : `${owner} IN (:...ownedOthers${n})`;
  return { covered, others: { sql: `(${whose} AND ${reach.sql})`, params: { ...reach.params, [`ownedCovered${n}`]: covered.ids, [`ownedOthers${n}`]: otherIds } } };
}

/**
 * The two parts of "live records of the people that the viewer may read", for figures that read the covered
 * people's part from a rollup: those people, and a query for the others' records (null when there can be none).
 */
export async function ownedParts<T extends ObjectLiteral>(manager: EntityManager, viewer: Viewer, from: OwnedSource<T>, people: People): Promise<{ covered: People; others: SelectQueryBuilder<T> | null }> {
  const { covered, others } = await split(manager, viewer, from, people);
  return { covered, others: others && from.live(manager).andWhere(others.sql, others.params) };
}

/** Live records owned by the people that the viewer may read, as one query. */
export async function ownedRecords<T extends ObjectLiteral>(manager: EntityManager, viewer: Viewer, from: OwnedSource<T>, people: People): Promise<SelectQueryBuilder<T>> {
  const { covered, others } = await split(manager, viewer, from, people);
  const qb = from.live(manager);
  if (!others) return byPeople(qb, from.columns.owner, covered);
  if (!covered.ids.length) return qb.andWhere(others.sql, others.params);
  const n = ++seq;
  return qb.andWhere(`(${from.columns.owner} IN (:...ownedIn${n}) OR ${others.sql})`, { ...others.params, [`ownedIn${n}`]: covered.ids });
}
