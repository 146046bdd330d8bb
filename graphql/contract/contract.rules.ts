// Shield rules of the contract, payment plan, receivable and approval operations (spread into
// graphql/permissions/index.ts). Services check again in their transaction: status, scope and approver.
import { and } from 'graphql-shield';
import { CONTRACT_OWNER_TABLE, CONTRACT_TABLE } from '@/lib/contract/contract.tables';
import { ShieldRule, can, canUse, inScope } from '../permissions/rules';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function contractQueryRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    contracts: and(signedIn, canUse('contract')),
    contract: and(signedIn, canUse('contract')),
    // Receivables are read through their contract's scope.
    receivables: and(signedIn, canUse('contract')),
    receivable: and(signedIn, canUse('contract')),
    approvalFlows: and(signedIn, can('system:settings')),
    approvalRoleOptions: and(signedIn, can('system:settings')),
    approvalUserOptions: and(signedIn, can('system:settings')),
    myPendingApprovals: signedIn,
    myPendingApprovalCount: signedIn,
    // Narrowed to the viewer's own submissions and decisions, on contracts they can read.
    mySubmittedApprovals: signedIn,
    myDecidedApprovals: signedIn,
  };
}

export function contractMutationRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    createContract: and(signedIn, can('contract:create')),
    updateContract: and(signedIn, can('contract:update'), inScope(CONTRACT_TABLE, 'write', (a: Args) => a.id)),
    submitContract: and(signedIn, can('contract:update'), inScope(CONTRACT_TABLE, 'write', (a: Args) => a.id)),
    deleteContracts: and(signedIn, can('contract:delete'), inScope(CONTRACT_OWNER_TABLE, 'write', (a: Args) => a.ids)),
    voidContract: and(signedIn, can('contract:update'), inScope(CONTRACT_OWNER_TABLE, 'write', (a: Args) => a.id)),
    transferContracts: and(signedIn, can('contract:transfer'), inScope(CONTRACT_OWNER_TABLE, 'transfer', (a: Args) => a.input?.ids)),
    createPaymentPlan: and(signedIn, can('contract:update'), inScope(CONTRACT_TABLE, 'write', (a: Args) => a.input?.contractId)),
    // The plan's contract is checked by the service (a plan of a hidden contract is NOT_FOUND).
    updatePaymentPlan: and(signedIn, can('contract:update')),
    deletePaymentPlan: and(signedIn, can('contract:update')),
    createReceivable: and(signedIn, can('receivable:create'), inScope(CONTRACT_TABLE, 'read', (a: Args) => a.input?.contractId)),
    // The receivables' contracts are checked by the service (a receivable of a hidden contract is NOT_FOUND).
    deleteReceivables: and(signedIn, can('receivable:create')),
    saveApprovalFlow: and(signedIn, can('system:settings')),
    // Being an approver of the step, and contract:approve for contract and receivable steps, are checked by the service
    // (lib/approval/approval.engine.ts decideApproval): an ownership request's leaders need no contract permission.
    approveApproval: signedIn,
    rejectApproval: signedIn,
  };
}
