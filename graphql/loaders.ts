// DataLoaders, one set per request, so nested fields cost one query per page, not one per row.
// Loaders of business records apply the viewer's scope: a nested record outside it comes back as null.
import DataLoader from 'dataloader';
import { activityLoaders } from './followup/followup.loaders';
import { DataSource, In } from 'typeorm';
import { Contact, Customer, CustomerTeamMember, Department, Lead, Position, Role, User, UserRole } from '@/entities';
import { Viewer, idsInScope } from '@/lib/access';
import { CUSTOMER_OWNER_TABLE, CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { findCustomersByIds } from '@/lib/customer/customer.query';
import { contactsOfCustomers } from '@/lib/contact/contact.service';
import { createPoolLoaders } from './pool/pool.loaders';
import { createContractLoaders } from './contract/contract.loaders';
import { createOpportunityLoaders } from './opportunity/opportunity.loaders';
import { LEAD_TABLE } from '@/lib/lead/lead.tables';
import { convertedLeadsOf } from '@/lib/lead/lead.query';
import { scheduleLoaders } from './schedule/schedule.loaders';
import { taskLoaders } from './task/task.loaders';
import { reportLoaders } from './report/report.loaders';
import { transferLoaders } from './common/transfer.loaders';
import { customFieldLoaders } from './custom-field/custom-field.loaders';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};

export function createLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  const none = <T>(ids: readonly number[]) => Promise.resolve(ids.map(() => null as T | null));
  return {
    ...activityLoaders(db, viewer),
    user: new DataLoader<number, User | null>(async (ids) => byId(ids, await m.findBy(User, { id: In([...ids]) }))),
    department: new DataLoader<number, Department | null>(async (ids) => byId(ids, await m.findBy(Department, { id: In([...ids]) }))),
    position: new DataLoader<number, Position | null>(async (ids) => byId(ids, await m.findBy(Position, { id: In([...ids]) }))),
    rolesOfUser: new DataLoader<number, Role[]>(async (userIds) => {
      const links = await m.findBy(UserRole, { userId: In([...userIds]) });
      const roles = links.length ? await m.findBy(Role, { id: In([...new Set(links.map((l) => l.roleId))]) }) : [];
      const roleById = new Map(roles.map((r) => [r.id, r]));
      return userIds.map((uid) => links.filter((l) => l.userId === uid).map((l) => roleById.get(l.roleId)!).filter(Boolean));
    }),
    customer: new DataLoader<number, Customer | null>(async (ids) => (viewer ? byId(ids, await findCustomersByIds(m, viewer, ids)) : none<Customer>(ids))),
    contactsOfCustomer: new DataLoader<number, Contact[]>(async (ids) => {
      if (!viewer) return ids.map(() => []);
      const map = await contactsOfCustomers(m, viewer, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** What the viewer may do with each customer: edit fields, and manage (delete, transfer, lock, team). */
    customerAccess: new DataLoader<number, { edit: boolean; manage: boolean }>(async (ids) => {
      if (!viewer) return ids.map(() => ({ edit: false, manage: false }));
      const [edit, manage] = await Promise.all([
        idsInScope(m, viewer, CUSTOMER_TABLE, [...ids], 'write', 'any'),
        idsInScope(m, viewer, CUSTOMER_OWNER_TABLE, [...ids], 'write', 'any'),
      ]);
      return ids.map((id) => ({ edit: edit.has(id), manage: manage.has(id) }));
    }),
    /** Leads the viewer may change (write scope), live or deleted. */
    leadWritable: new DataLoader<number, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const writable = await idsInScope(m, viewer, LEAD_TABLE, [...ids], 'write', 'any');
      return ids.map((id) => writable.has(id));
    }),
    /** Leads converted into each customer that the viewer may read. */
    leadsOfCustomer: new DataLoader<number, Lead[]>(async (ids) => {
      if (!viewer) return ids.map(() => []);
      const map = await convertedLeadsOf(m, viewer, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    teamOfCustomer: new DataLoader<number, CustomerTeamMember[]>(async (ids) => {
      const rows = await m.findBy(CustomerTeamMember, { customerId: In([...ids]) });
      return ids.map((id) => rows.filter((r) => r.customerId === id));
    }),
    ...createPoolLoaders(db, viewer),
    ...createContractLoaders(db, viewer),
    ...createOpportunityLoaders(db, viewer),
    ...scheduleLoaders(db, viewer),
    ...taskLoaders(db, viewer),
    ...reportLoaders(db, viewer),
    ...transferLoaders(db, viewer),
    ...customFieldLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
