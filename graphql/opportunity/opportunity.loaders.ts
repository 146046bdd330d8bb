// Per-request DataLoaders of the opportunity and product modules. Business records go through the viewer's
// scope (a hidden contact or opportunity comes back absent); catalogue data (stages, products) is open to all.
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Contact, Opportunity, OpportunityContact, OpportunityLine, OpportunityProgress, OpportunityStage, Product, ProductCategory } from '@/entities';
import { Viewer, idsInScope } from '@/lib/access';
import { readableContacts } from '@/lib/contact/contact.service';
import { findOpportunitiesByIds, opportunitiesOfCustomers } from '@/lib/opportunity/opportunity.query';
import { progressOfOpportunities } from '@/lib/opportunity/opportunity-progress.service';
import { OPPORTUNITY_OWNER_TABLE, OPPORTUNITY_TABLE } from '@/lib/opportunity/opportunity.tables';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};
const grouped = <T>(ids: readonly number[], rows: T[], key: (row: T) => number) => ids.map((id) => rows.filter((r) => key(r) === id));

export function createOpportunityLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  return {
    opportunity: new DataLoader<number, Opportunity | null>(async (ids) => (viewer ? byId(ids, await findOpportunitiesByIds(m, viewer, ids)) : ids.map(() => null))),
    opportunitiesOfCustomer: new DataLoader<number, Opportunity[]>(async (ids) => {
      if (!viewer) return ids.map(() => []);
      const map = await opportunitiesOfCustomers(m, viewer, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    opportunityStage: new DataLoader<number, OpportunityStage | null>(async (ids) => byId(ids, await m.findBy(OpportunityStage, { id: In([...ids]) }))),
    opportunityLines: new DataLoader<number, OpportunityLine[]>(async (ids) => {
      const rows = await m.find(OpportunityLine, { where: { opportunityId: In([...ids]) }, order: { sort: 'ASC', id: 'ASC' } });
      return grouped(ids, rows, (r) => r.opportunityId);
    }),
    /** Contacts of each opportunity that the viewer may see. */
    opportunityContacts: new DataLoader<number, Contact[]>(async (ids) => {
      if (!viewer) return ids.map(() => []);
      const links = await m.findBy(OpportunityContact, { opportunityId: In([...ids]) });
      if (!links.length) return ids.map(() => []);
      const contacts = await (await readableContacts(m, viewer)).andWhere('ct.id IN (:...contactIds)', { contactIds: [...new Set(links.map((l) => l.contactId))] }).getMany();
      const byContact = new Map(contacts.map((c) => [c.id, c]));
      return ids.map((id) => links.filter((l) => l.opportunityId === id).map((l) => byContact.get(l.contactId)).filter((c): c is Contact => !!c));
    }),
    /** Progress records: the opportunity itself was reached through the scope, so its records are visible. */
    opportunityProgress: new DataLoader<number, OpportunityProgress[]>(async (ids) => {
      const map = await progressOfOpportunities(m, ids);
      return ids.map((id) => map.get(id) ?? []);
    }),
    /** What the viewer may do with each opportunity: edit it, and manage it (delete, restore, transfer). */
    opportunityAccess: new DataLoader<number, { edit: boolean; manage: boolean }>(async (ids) => {
      if (!viewer) return ids.map(() => ({ edit: false, manage: false }));
      const [edit, manage] = await Promise.all([
        idsInScope(m, viewer, OPPORTUNITY_TABLE, [...ids], 'write', 'any'),
        idsInScope(m, viewer, OPPORTUNITY_OWNER_TABLE, [...ids], 'write', 'any'),
      ]);
      return ids.map((id) => ({ edit: edit.has(id), manage: manage.has(id) }));
    }),
    product: new DataLoader<number, Product | null>(async (ids) => byId(ids, await m.findBy(Product, { id: In([...ids]) }))),
    productCategory: new DataLoader<number, ProductCategory | null>(async (ids) => byId(ids, await m.findBy(ProductCategory, { id: In([...ids]) }))),
  };
}
