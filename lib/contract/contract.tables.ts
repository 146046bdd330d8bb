// How contracts meet the scope module: owner column, the customer a team reaches them by, and the contract's
// own id for approvers who are granted it one by one (lib/access/grants.ts).
import { Contract, PaymentPlan, Receivable } from '@/entities';
import { ScopedTable, registerDerivedRecordType, registerRecordType } from '@/lib/access';

export const CONTRACT_TABLE: ScopedTable<Contract> = {
  entity: Contract, alias: 'k', module: 'contract', label: 'Contract',
  columns: { owner: 'k.ownerId', teamCustomer: 'k.customerId', record: 'k.id' }, deletedColumn: 'k.deletedAt',
};

/** Deleting, voiding and transferring: owner-based write scope only, not open to can-edit team members. */
export const CONTRACT_OWNER_TABLE: ScopedTable<Contract> = { ...CONTRACT_TABLE, writeColumns: { owner: 'k.ownerId' } };

registerRecordType('contract', CONTRACT_TABLE);

// Payment plans and receivables have no owner: visible exactly when their contract is (audit entries,
// notifications and comments about them included). Every one hangs under a contract, hence the constant type.
registerDerivedRecordType('payment_plan', {
  entity: PaymentPlan, alias: 'pp', label: 'Payment plan', parentType: "'contract'", parentId: 'pp.contractId', parentTypes: ['contract'],
  deletedColumn: 'pp.deletedAt', author: 'pp.createdById',
});
registerDerivedRecordType('receivable', {
  entity: Receivable, alias: 'rv', label: 'Receivable', parentType: "'contract'", parentId: 'rv.contractId', parentTypes: ['contract'], author: 'rv.recordedById',
});
