// Per-request DataLoaders for contracts, payment plans, receivables and approvals. Lookups by id apply the
// viewer's scope (a contract or receivable out of reach comes back null); lists hang under records already
// in scope.
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { Approval, ApprovalStep, Contract, ContractLine, PaymentPlan, Receivable, Role } from '@/entities';
import { Viewer, idsInScope } from '@/lib/access';
import { approvalsOfDocuments, candidatesOfSteps, stepsOfApprovals } from '@/lib/approval/approval.query';
import {
  ContractAmounts, contractAccess, contractAmounts, contractsOfCustomers, findContractsByIds, linesOfContracts, receivedByCustomer,
} from '@/lib/contract/contract.query';
import { plansOfContracts, receivedByPlan } from '@/lib/contract/payment-plan.service';
import { findReceivablesByIds, receivablesOfContracts } from '@/lib/receivable/receivable.query';
import { RECEIVABLE_WRITE_TABLE } from '@/lib/receivable/receivable.tables';

const byId = <T extends { id: number }>(ids: readonly number[], rows: T[]) => {
  const map = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => map.get(id) ?? null);
};
const fromMap = <K, V>(keys: readonly K[], map: Map<K, V>, fallback: V) => keys.map((k) => map.get(k) ?? fallback);

export function createContractLoaders(db: DataSource, viewer: Viewer | null) {
  const m = db.manager;
  const noAccess = { edit: false, manage: false };
  return {
    contract: new DataLoader<number, Contract | null>(async (ids) => (viewer ? byId(ids, await findContractsByIds(m, viewer, ids)) : ids.map(() => null))),
    contractsOfCustomer: new DataLoader<number, Contract[]>(async (ids) => (viewer ? fromMap(ids, await contractsOfCustomers(m, viewer, ids), []) : ids.map(() => []))),
    contractAmounts: new DataLoader<number, ContractAmounts>(async (ids) => fromMap(ids, await contractAmounts(m, ids), { received: '0.00', outstanding: '0.00' })),
    contractLines: new DataLoader<number, ContractLine[]>(async (ids) => fromMap(ids, await linesOfContracts(m, ids), [])),
    contractAccess: new DataLoader<number, { edit: boolean; manage: boolean }>(async (ids) => (viewer ? fromMap(ids, await contractAccess(m, viewer, ids), noAccess) : ids.map(() => noAccess))),
    /** Contracts whose receivables the viewer may record (the 'receivable' write scope). */
    receivableWritable: new DataLoader<number, boolean>(async (ids) => {
      if (!viewer) return ids.map(() => false);
      const writable = await idsInScope(m, viewer, RECEIVABLE_WRITE_TABLE, [...ids], 'write');
      return ids.map((id) => writable.has(id));
    }),
    customerReceived: new DataLoader<number, string>(async (ids) => (viewer ? fromMap(ids, await receivedByCustomer(m, viewer, ids), '0.00') : ids.map(() => '0.00'))),
    paymentPlansOfContract: new DataLoader<number, PaymentPlan[]>(async (ids) => fromMap(ids, await plansOfContracts(m, ids), [])),
    planReceived: new DataLoader<number, string>(async (ids) => fromMap(ids, await receivedByPlan(m, ids), '0.00')),
    receivable: new DataLoader<number, Receivable | null>(async (ids) => (viewer ? byId(ids, await findReceivablesByIds(m, viewer, ids)) : ids.map(() => null))),
    receivablesOfContract: new DataLoader<number, Receivable[]>(async (ids) => fromMap(ids, await receivablesOfContracts(m, ids), [])),
    /** Keyed `CONTRACT:12` / `RECEIVABLE:7`. */
    approvalsOfDocument: new DataLoader<string, Approval[]>(async (keys) => fromMap(keys, await approvalsOfDocuments(m, keys), [])),
    stepsOfApproval: new DataLoader<number, ApprovalStep[]>(async (ids) => fromMap(ids, await stepsOfApprovals(m, ids), [])),
    approversOfStep: new DataLoader<number, number[]>(async (ids) => fromMap(ids, await candidatesOfSteps(m, ids), [])),
    role: new DataLoader<number, Role | null>(async (ids) => byId(ids, await m.findBy(Role, { id: In([...ids]) }))),
    approval: new DataLoader<number, Approval | null>(async (ids) => byId(ids, await m.findBy(Approval, { id: In([...ids]) }))),
  };
}
