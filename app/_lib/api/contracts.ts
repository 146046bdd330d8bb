// Contract, payment plan, receivable and approval operations of the GraphQL API, with the shapes the UI reads.
import type { UserRef } from './customers';

export type ContractStatus = 'DRAFT' | 'PENDING' | 'APPROVED' | 'REJECTED' | 'VOID';
export const CONTRACT_STATUSES: ContractStatus[] = ['DRAFT', 'PENDING', 'APPROVED', 'REJECTED', 'VOID'];
export type ReceivableStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type ApprovalDocumentType = 'CONTRACT' | 'RECEIVABLE';
export type ApproverType = 'DEPARTMENT_HEAD' | 'ROLE' | 'USER';
export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type ApprovalStepStatus = 'WAITING' | 'ACTIVE' | 'APPROVED' | 'REJECTED' | 'SKIPPED' | 'CANCELLED';

export interface ContractRow {
  id: string;
  code: string;
  title: string;
  status: ContractStatus;
  amount: string;
  receivedAmount: string;
  outstandingAmount: string;
  signDate: string | null;
  customerId: string;
  customer: { id: string; name: string } | null;
  owner: UserRef | null;
  updatedAt: string;
  viewerCanDelete: boolean;
  viewerCanTransfer: boolean;
}

export interface ContractLine { id: string; productId: string; productName: string; model: string | null; unit: string | null; quantity: string; unitPrice: string; amount: string }
export interface PaymentPlan { id: string; term: number; amount: string; plannedDate: string; method: string | null; reminderDays: number; remarks: string | null; receivedAmount: string }
export interface Receivable {
  id: string; code: string; amount: string; receivedDate: string; method: string | null; status: ReceivableStatus; remarks: string | null;
  planId: string | null; recordedBy: UserRef | null; createdAt: string;
}
export interface ApprovalStepRow {
  id: string; position: number; name: string; approverType: ApproverType; approverLabel: string; status: ApprovalStepStatus;
  comment: string | null; activatedAt: string | null; decidedAt: string | null; decidedBy: UserRef | null; approvers: UserRef[];
}
export interface ApprovalRun {
  id: string; documentType: ApprovalDocumentType; status: ApprovalStatus; flowName: string | null; createdAt: string; decidedAt: string | null;
  submitter: UserRef | null; steps: ApprovalStepRow[];
}
export interface HistoryEntry { id: string; action: string; entityType: string; entityId: string | null; changes: string | null; createdAt: string; actor: UserRef | null }

export interface ContractDetail extends ContractRow {
  opportunityId: string | null;
  opportunity: { id: string; name: string } | null;
  startDate: string | null;
  endDate: string | null;
  remarks: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  paidAt: string | null;
  voidedAt: string | null;
  voidReason: string | null;
  createdAt: string;
  createdBy: UserRef | null;
  lines: ContractLine[];
  paymentPlans: PaymentPlan[];
  receivables: (Receivable & { approvals: ApprovalRun[] })[];
  approvals: ApprovalRun[];
  history: HistoryEntry[];
  viewerCanEdit: boolean;
  viewerCanSubmit: boolean;
  viewerCanVoid: boolean;
  viewerCanRecordReceivable: boolean;
  viewerCanEditPlans: boolean;
}

export interface ContractLineInput { productId: string; model?: string | null; quantity: string; unitPrice: string }
export interface ContractInput {
  title: string;
  customerId: string;
  opportunityId?: string | null;
  amount?: string | null;
  signDate?: string | null;
  startDate?: string | null;
  endDate?: string | null;
  remarks?: string | null;
  lines?: ContractLineInput[];
}
export const CONTRACT_INPUT_FIELDS = ['title', 'customerId', 'opportunityId', 'amount', 'signDate', 'startDate', 'endDate', 'remarks', 'lines'] as const;

export interface ContractFilter { keyword?: string; status?: ContractStatus; signFrom?: string; signTo?: string; customerId?: string }
export type ContractSortField = 'UPDATED_AT' | 'CREATED_AT' | 'SIGN_DATE' | 'AMOUNT' | 'CODE';
export interface ContractOrder { field: ContractSortField; direction: 'ASC' | 'DESC' }

const ROW = 'id code title status amount receivedAmount outstandingAmount signDate customerId customer { id name } owner { id name } updatedAt viewerCanDelete viewerCanTransfer';
const STEP = 'id position name approverType approverLabel status comment activatedAt decidedAt decidedBy { id name } approvers { id name }';
const RUN = `id documentType status flowName createdAt decidedAt submitter { id name } steps { ${STEP} }`;
const RECEIVABLE = 'id code amount receivedDate method status remarks planId recordedBy { id name } createdAt';

export const CONTRACTS_QUERY = /* GraphQL */ `
  query Contracts($first: Int, $offset: Int, $filter: ContractFilter, $orderBy: ContractOrder) {
    contracts(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) { totalCount nodes { ${ROW} } }
  }
`;

export const CONTRACT_QUERY = /* GraphQL */ `
  query Contract($id: ID!) {
    contract(id: $id) {
      ${ROW} opportunityId opportunity { id name } startDate endDate remarks submittedAt approvedAt paidAt voidedAt voidReason createdAt createdBy { id name }
      viewerCanEdit viewerCanSubmit viewerCanVoid viewerCanRecordReceivable viewerCanEditPlans
      lines { id productId productName model unit quantity unitPrice amount }
      paymentPlans { id term amount plannedDate method reminderDays remarks receivedAmount }
      receivables { ${RECEIVABLE} approvals { ${RUN} } }
      approvals { ${RUN} }
      history { id action entityType entityId changes createdAt actor { id name } }
    }
  }
`;

export const CREATE_CONTRACT = /* GraphQL */ `mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { id code } }`;
export const UPDATE_CONTRACT = /* GraphQL */ `mutation UpdateContract($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }`;
export const DELETE_CONTRACTS = /* GraphQL */ `mutation DeleteContracts($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }`;
export const SUBMIT_CONTRACT = /* GraphQL */ `mutation SubmitContract($id: ID!) { submitContract(id: $id) { id status } }`;
export const VOID_CONTRACT = /* GraphQL */ `mutation VoidContract($id: ID!, $reason: String!) { voidContract(id: $id, reason: $reason) { id status } }`;
export const TRANSFER_CONTRACTS = /* GraphQL */ `mutation TransferContracts($input: TransferContractsInput!) { transferContracts(input: $input) { id } }`;
export const CREATE_PAYMENT_PLAN = /* GraphQL */ `mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }`;
export const UPDATE_PAYMENT_PLAN = /* GraphQL */ `mutation UpdatePaymentPlan($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id } }`;
export const DELETE_PAYMENT_PLAN = /* GraphQL */ `mutation DeletePaymentPlan($id: ID!) { deletePaymentPlan(id: $id) }`;
export const CREATE_RECEIVABLE = /* GraphQL */ `mutation CreateReceivable($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }`;

export const CUSTOMER_OPTIONS_QUERY = /* GraphQL */ `
  query ContractCustomerOptions($keyword: String) { customers(first: 20, filter: { keyword: $keyword, inPool: false }) { nodes { id code name } } }
`;

export interface PendingApproval {
  id: string;
  documentType: ApprovalDocumentType;
  position: number;
  name: string;
  activatedAt: string | null;
  approval: { id: string; createdAt: string; submitter: UserRef | null; steps: { id: string }[] } | null;
  contract: { id: string; code: string; title: string; amount: string; status: ContractStatus; customer: { id: string; name: string } | null; owner: UserRef | null } | null;
  receivable: { id: string; code: string; amount: string; receivedDate: string; method: string | null } | null;
}

export const PENDING_APPROVALS_QUERY = /* GraphQL */ `
  query MyPendingApprovals($first: Int, $offset: Int) {
    myPendingApprovals(first: $first, offset: $offset) {
      totalCount
      nodes {
        id documentType position name activatedAt
        approval { id createdAt submitter { id name } steps { id } }
        contract { id code title amount status customer { id name } owner { id name } }
        receivable { id code amount receivedDate method }
      }
    }
  }
`;
export const PENDING_APPROVAL_COUNT_QUERY = /* GraphQL */ `query MyPendingApprovalCount { myPendingApprovalCount }`;
export const APPROVE_APPROVAL = /* GraphQL */ `mutation ApproveApproval($id: ID!, $comment: String) { approveApproval(id: $id, comment: $comment) { id status } }`;
export const REJECT_APPROVAL = /* GraphQL */ `mutation RejectApproval($id: ID!, $comment: String!) { rejectApproval(id: $id, comment: $comment) { id status } }`;

export interface ApprovalFlowStep { position: number; name: string; approverType: ApproverType; roleId: string | null; userId: string | null; roleName: string | null; user: UserRef | null }
export interface ApprovalFlow { id: string | null; documentType: ApprovalDocumentType; name: string; enabled: boolean; steps: ApprovalFlowStep[]; version: number; updatedAt: string | null; updatedBy: UserRef | null }

export const APPROVAL_FLOWS_QUERY = /* GraphQL */ `
  query ApprovalFlows {
    approvalFlows { id documentType name enabled version updatedAt updatedBy { id name } steps { position name approverType roleId userId roleName user { id name } } }
    approvalRoleOptions { id name }
  }
`;
export const APPROVAL_USER_OPTIONS_QUERY = /* GraphQL */ `query ApprovalUserOptions($keyword: String) { approvalUserOptions(keyword: $keyword) { id name username } }`;
export const SAVE_APPROVAL_FLOW = /* GraphQL */ `mutation SaveApprovalFlow($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id version } }`;

export interface ProductOption { id: string; name: string; model: string | null; unit: string | null; price: string }
export const PRODUCT_OPTIONS_QUERY = /* GraphQL */ `
  query ContractProductOptions($keyword: String) { products(first: 20, filter: { keyword: $keyword, status: ACTIVE }) { nodes { id name model unit price } } }
`;

export const OPPORTUNITY_OPTIONS_QUERY = /* GraphQL */ `
  query ContractOpportunityOptions($customerId: ID) { opportunities(first: 50, filter: { customerId: $customerId }) { nodes { id name category } } }
`;
