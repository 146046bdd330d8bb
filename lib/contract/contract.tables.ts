// How contracts meet the scope module: owner column, the customer a team reaches them by, and the contract's
// own id for approvers who are granted it one by one (lib/access/grants.ts).
import { Contract } from '@/entities';
import { ScopedTable, registerRecordType } from '@/lib/access';

export const CONTRACT_TABLE: ScopedTable<Contract> = {
  entity: Contract, alias: 'k', module: 'contract', label: 'Contract',
  columns: { owner: 'k.ownerId', teamCustomer: 'k.customerId', record: 'k.id' }, deletedColumn: 'k.deletedAt',
};

/** Deleting, voiding and transferring: owner-based write scope only, not open to can-edit team members. */
export const CONTRACT_OWNER_TABLE: ScopedTable<Contract> = { ...CONTRACT_TABLE, writeColumns: { owner: 'k.ownerId' } };

registerRecordType('contract', CONTRACT_TABLE);
