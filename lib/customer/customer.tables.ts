// How customers and contacts meet the scope module: owner column and the customer a team reaches them by.
import { Contact, Customer } from '@/entities';
import { ScopedTable } from '@/lib/access';

export const CUSTOMER_TABLE: ScopedTable<Customer> = {
  entity: Customer, alias: 'c', module: 'customer', label: 'Customer',
  columns: { owner: 'c.ownerId', teamCustomer: 'c.id' }, deletedColumn: 'c.deletedAt',
};

export const CONTACT_TABLE: ScopedTable<Contact> = {
  entity: Contact, alias: 'ct', module: 'contact', label: 'Contact',
  columns: { owner: 'ct.ownerId', teamCustomer: 'ct.customerId' }, deletedColumn: 'ct.deletedAt',
};

/** Owner-based scope only: deleting, transferring, locking and team changes are not open to team members. */
export const CUSTOMER_OWNER_TABLE: ScopedTable<Customer> = { ...CUSTOMER_TABLE, columns: { owner: 'c.ownerId' } };
