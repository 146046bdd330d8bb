// Receivables have no owner: they are read through their contract's scope (CONTRACT_TABLE on alias `k`),
// and recorded by whoever's 'receivable' write scope covers the contract's owner or customer team.
import { Contract } from '@/entities';
import { ScopedTable } from '@/lib/access';

/** The contract, checked against the 'receivable' module's write scope (who may record money on it). */
export const RECEIVABLE_WRITE_TABLE: ScopedTable<Contract> = {
  entity: Contract, alias: 'k', module: 'receivable', label: 'Contract',
  columns: { owner: 'k.ownerId', teamCustomer: 'k.customerId' }, deletedColumn: 'k.deletedAt',
};
