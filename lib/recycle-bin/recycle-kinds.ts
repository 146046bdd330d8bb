// The record types of the recycle bin (回收站) and, for each, how it meets its module: the module's own scoped
// query builder for deleted rows (a record outside the viewer's read scope is invisible), the columns a keyword
// searches (names, codes and titles only, never a permission-controlled field), who may restore which rows, and
// the module's restore service (which checks the write scope again inside its transaction).
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { FollowUp, Product } from '@/entities';
import { Viewer, hasPermission, idsInScope, readableRootCondition, recordIdsInScope } from '@/lib/access';
import { readableCustomers } from '@/lib/customer/customer.query';
import { restoreCustomers } from '@/lib/customer/customer.service';
import { CONTACT_OWNER_TABLE, CUSTOMER_OWNER_TABLE } from '@/lib/customer/customer.tables';
import { readableContacts, restoreContacts } from '@/lib/contact/contact.service';
import { readableLeads } from '@/lib/lead/lead.query';
import { restoreLeads } from '@/lib/lead/lead.service';
import { LEAD_TABLE } from '@/lib/lead/lead.tables';
import { readableOpportunities } from '@/lib/opportunity/opportunity.query';
import { restoreOpportunities } from '@/lib/opportunity/opportunity.service';
import { OPPORTUNITY_OWNER_TABLE } from '@/lib/opportunity/opportunity.tables';
import { readableContracts } from '@/lib/contract/contract.query';
import { restoreContracts } from '@/lib/contract/contract.service';
import { formatYuan } from '@/lib/contract/money';
import { readableReceivables } from '@/lib/receivable/receivable.query';
import { restoreReceivables } from '@/lib/receivable/receivable.service';
import { RECEIVABLE_WRITE_TABLE } from '@/lib/receivable/receivable.tables';
import { CONTRACT_OWNER_TABLE } from '@/lib/contract/contract.tables';
import { restoreFollowUps } from '@/lib/followup/followup.service';
import { FOLLOW_UP_PARENT_TYPES, FOLLOW_UP_TYPE } from '@/lib/followup/followup.tables';
import { readableTasks } from '@/lib/task/task.query';
import { restoreTasks, taskRights } from '@/lib/task/task.service';
import { readableEntries } from '@/lib/schedule/schedule.query';
import { restoreScheduleEntries } from '@/lib/schedule/schedule.service';
import { SCHEDULE_TABLE } from '@/lib/schedule/schedule.tables';
import { readableReports } from '@/lib/report/report.query';
import { restoreReports } from '@/lib/report/report.service';
import { restoreProducts } from '@/lib/product/product.service';

export const RECYCLE_TYPES = ['customer', 'contact', 'lead', 'opportunity', 'contract', 'receivable', 'followup', 'task', 'schedule', 'report', 'product'] as const;
export type RecycleType = (typeof RECYCLE_TYPES)[number];

export interface RestoreOptions {
  /** Customers: also restore the contacts and opportunities deleted together with them (default true). */
  withRelated?: boolean;
}

export interface RecycleKind {
  /**
   * The operation permission needed to restore (null: the scope alone decides, for a user's own activity). Modules
   * without a `…:restore` code restore with their delete permission, as their restore mutations always have.
   */
  permission: string | null;
  /** Whether the viewer sees this type in the bin at all (products: only those who manage the catalogue). */
  visible?: (viewer: Viewer) => boolean;
  alias: string;
  /** Deleted rows the viewer may read, as a query on `alias` (the module's own scoped builder). */
  deleted: (manager: EntityManager, viewer: Viewer) => Promise<SelectQueryBuilder<ObjectLiteral>>;
  /** Columns a keyword searches with LIKE. */
  search: string[];
  describe: (row: ObjectLiteral) => { code: string | null; title: string };
  /** The ids among `rows` the viewer may restore (scope side; the permission is checked separately). */
  restorable: (manager: EntityManager, viewer: Viewer, rows: ObjectLiteral[]) => Promise<Set<number>>;
  restore: (db: DataSource, viewer: Viewer, ids: number[], options: RestoreOptions) => Promise<unknown>;
}

const ids = (rows: ObjectLiteral[]) => rows.map((r) => Number(r.id));
const as = <T extends ObjectLiteral>(qb: Promise<SelectQueryBuilder<T>>) => qb as unknown as Promise<SelectQueryBuilder<ObjectLiteral>>;
const short = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max)}…` : text);

export const RECYCLE_KINDS: Record<RecycleType, RecycleKind> = {
  customer: {
    permission: 'customer:restore', alias: 'c', search: ['c.name', 'c.code'],
    deleted: (m, v) => as(readableCustomers(m, v, true)),
    describe: (r) => ({ code: r.code, title: r.name }),
    restorable: (m, v, rows) => idsInScope(m, v, CUSTOMER_OWNER_TABLE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list, o) => restoreCustomers(db, v, list, { withRelated: o.withRelated }),
  },
  contact: {
    permission: 'contact:delete', alias: 'ct', search: ['ct.name'],
    deleted: (m, v) => as(readableContacts(m, v, true)),
    describe: (r) => ({ code: null, title: r.name }),
    restorable: (m, v, rows) => idsInScope(m, v, CONTACT_OWNER_TABLE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list) => restoreContacts(db, v, list),
  },
  lead: {
    permission: 'lead:delete', alias: 'l', search: ['l.name'],
    deleted: (m, v) => as(readableLeads(m, v, true)),
    describe: (r) => ({ code: null, title: r.name }),
    restorable: (m, v, rows) => idsInScope(m, v, LEAD_TABLE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list) => restoreLeads(db, v, list),
  },
  opportunity: {
    permission: 'opportunity:restore', alias: 'o', search: ['o.name'],
    deleted: (m, v) => as(readableOpportunities(m, v, true)),
    describe: (r) => ({ code: null, title: r.name }),
    restorable: (m, v, rows) => idsInScope(m, v, OPPORTUNITY_OWNER_TABLE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list) => restoreOpportunities(db, v, list),
  },
  contract: {
    permission: 'contract:delete', alias: 'k', search: ['k.code', 'k.title'],
    deleted: (m, v) => as(readableContracts(m, v, true)),
    describe: (r) => ({ code: r.code, title: r.title }),
    restorable: (m, v, rows) => idsInScope(m, v, CONTRACT_OWNER_TABLE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list) => restoreContracts(db, v, list),
  },
  receivable: {
    // Seen through the contract's read scope; restored by whoever may record money on the contract.
    permission: 'receivable:create', alias: 'r', search: ['r.code', 'k.code', 'k.title'],
    deleted: (m, v) => as(readableReceivables(m, v, true)),
    describe: (r) => ({ code: r.code, title: `${formatYuan(r.amount)}（${r.receivedDate}）` }),
    restorable: async (m, v, rows) => {
      const writable = await idsInScope(m, v, RECEIVABLE_WRITE_TABLE, [...new Set(rows.map((r) => Number(r.contractId)))], 'write');
      return new Set(rows.filter((r) => writable.has(Number(r.contractId))).map((r) => Number(r.id)));
    },
    restore: (db, v, list) => restoreReceivables(db, v, list),
  },
  followup: {
    permission: null, alias: 'f', search: ['f.subject', 'f.objective'],
    // Visible exactly when the (live) record it hangs under is: the derived type's rule (lib/access/records.ts).
    deleted: async (m, v) => {
      const parent = await readableRootCondition(m, v, 'f.parentType', 'f.parentId', { types: FOLLOW_UP_PARENT_TYPES });
      return m.createQueryBuilder(FollowUp, 'f').where('f.deletedAt IS NOT NULL').andWhere(`(${parent.sql})`, parent.params) as unknown as SelectQueryBuilder<ObjectLiteral>;
    },
    describe: (r) => ({ code: null, title: short(`${r.subject}：${r.objective}`) }),
    restorable: (m, v, rows) => recordIdsInScope(m, v, FOLLOW_UP_TYPE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list) => restoreFollowUps(db, v, list),
  },
  task: {
    permission: null, alias: 't', search: ['t.title'],
    deleted: (m, v) => as(readableTasks(m, v, true)),
    describe: (r) => ({ code: null, title: r.title }),
    restorable: async (m, v, rows) => {
      const rights = await taskRights(m, v, rows as never);
      return new Set(ids(rows).filter((id) => rights.get(id)?.manage));
    },
    restore: (db, v, list) => restoreTasks(db, v, list),
  },
  schedule: {
    permission: null, alias: 's', search: ['s.title'],
    deleted: (m, v) => as(readableEntries(m, v, true)),
    describe: (r) => ({ code: null, title: r.title }),
    restorable: (m, v, rows) => idsInScope(m, v, SCHEDULE_TABLE, ids(rows), 'write', 'deleted'),
    restore: (db, v, list) => restoreScheduleEntries(db, v, list),
  },
  report: {
    permission: null, alias: 'r', search: ['r.subject'],
    deleted: (m, v) => as(readableReports(m, v, true)),
    describe: (r) => ({ code: null, title: r.subject }),
    restorable: async (_m, v, rows) => new Set(rows.filter((r) => r.authorId === v.userId).map((r) => Number(r.id))),
    restore: (db, v, list) => restoreReports(db, v, list),
  },
  product: {
    // The catalogue has no owner and no scope: those who manage it see and restore its deleted products.
    permission: 'product:manage', alias: 'p', search: ['p.name', 'p.model'],
    visible: (v) => hasPermission(v, 'product:manage'),
    deleted: async (m) => m.createQueryBuilder(Product, 'p').where('p.deletedAt IS NOT NULL') as unknown as SelectQueryBuilder<ObjectLiteral>,
    describe: (r) => ({ code: null, title: r.model ? `${r.name}（${r.model}）` : r.name }),
    restorable: async (_m, _v, rows) => new Set(ids(rows)),
    restore: (db, v, list) => restoreProducts(db, v, list),
  },
};
