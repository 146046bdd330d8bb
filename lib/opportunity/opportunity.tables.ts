// How opportunities meet the scope module: owner column, and the customer whose team reaches them.
import { Opportunity } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const OPPORTUNITY_TABLE: ScopedTable<Opportunity> = {
  entity: Opportunity, alias: 'o', module: 'opportunity', label: 'Opportunity',
  columns: { owner: 'o.ownerId', teamCustomer: 'o.customerId' }, deletedColumn: 'o.deletedAt',
};

/**
 * Deleting, restoring and transferring: owner-based write scope only (like customers). Can-edit members of the
 * customer's team may change an opportunity's fields, stage and progress, but not take it away from its owner.
 */
export const OPPORTUNITY_OWNER_TABLE: ScopedTable<Opportunity> = { ...OPPORTUNITY_TABLE, writeColumns: { owner: 'o.ownerId' } };

registerRecordType('opportunity', OPPORTUNITY_TABLE);
