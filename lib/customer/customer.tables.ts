// How customers and contacts meet the scope module: owner column and the customer a team reaches them by.
import { Contact, Customer } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const CUSTOMER_TABLE: ScopedTable<Customer> = {
  entity: Customer, alias: 'c', module: 'customer', label: 'Customer',
  // Pool members read the customers of their pools (owner null): see lib/access/scope.ts.
  columns: { owner: 'c.ownerId', teamCustomer: 'c.id', pool: 'c.poolId' }, deletedColumn: 'c.deletedAt',
};

export const CONTACT_TABLE: ScopedTable<Contact> = {
  entity: Contact, alias: 'ct', module: 'contact', label: 'Contact',
  columns: { owner: 'ct.ownerId', teamCustomer: 'ct.customerId' }, deletedColumn: 'ct.deletedAt',
};

/**
 * Deleting, restoring, transferring, locking and team changes: owner-based write scope only, not open to team
 * members. Reading still counts team seats, so a team member is told FORBIDDEN, not NOT_FOUND, for a customer
 * they can see.
 */
export const CUSTOMER_OWNER_TABLE: ScopedTable<Customer> = { ...CUSTOMER_TABLE, writeColumns: { owner: 'c.ownerId' } };

/** Deleting and restoring contacts: the same owner-side rule as for their customer (a can-edit seat edits only). */
export const CONTACT_OWNER_TABLE: ScopedTable<Contact> = { ...CONTACT_TABLE, writeColumns: { owner: 'ct.ownerId' } };

registerRecordType('customer', CUSTOMER_TABLE);
registerRecordType('contact', CONTACT_TABLE);
