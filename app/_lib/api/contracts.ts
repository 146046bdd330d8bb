// Contract, payment plan, receivable and approval operations of the GraphQL API. Result and input types are
// generated from the schema (`npm run codegen`); the aliases below only name them for the pages.
import { graphql } from '../gql';
import type {
  ApprovalFlowsQuery, ApprovalRunFieldsFragment, ContractDetailQuery, ContractFilter as Filter, ContractLineInput as LineInput,
  ContractOrder as Order, ContractProductOptionsQuery, ContractRowFieldsFragment, ContractSortField as SortField, CreateContractInput,
  MyPendingApprovalsQuery,
} from '../gql/graphql';

export type ContractStatus = 'DRAFT' | 'PENDING' | 'APPROVED' | 'REJECTED' | 'VOID';
export const CONTRACT_STATUSES: ContractStatus[] = ['DRAFT', 'PENDING', 'APPROVED', 'REJECTED', 'VOID'];
export type ReceivableStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type ApprovalDocumentType = 'CONTRACT' | 'RECEIVABLE';
export type ApproverType = 'DEPARTMENT_HEAD' | 'ROLE' | 'USER';
export type ApprovalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export type ApprovalStepStatus = 'WAITING' | 'ACTIVE' | 'APPROVED' | 'REJECTED' | 'SKIPPED' | 'CANCELLED';

export type ContractRow = ContractRowFieldsFragment;
export type ContractDetail = NonNullable<ContractDetailQuery['contract']>;
export type ContractLine = ContractDetail['lines'][number];
export type PaymentPlan = ContractDetail['paymentPlans'][number];
export type Receivable = ContractDetail['receivables'][number];
export type ApprovalRun = ApprovalRunFieldsFragment;
export type ApprovalStepRow = ApprovalRun['steps'][number];
export type HistoryEntry = ContractDetail['history'][number];
export type ContractLineInput = LineInput;
export type ContractInput = CreateContractInput;
export const CONTRACT_INPUT_FIELDS = ['title', 'customerId', 'opportunityId', 'amount', 'signDate', 'startDate', 'endDate', 'remarks', 'lines'] as const;

export type ContractFilter = Filter;
export type ContractSortField = SortField;
export type ContractOrder = Order;

graphql(`
  fragment ContractRowFields on Contract {
    id code title status amount receivedAmount outstandingAmount signDate customerId customer { id name } owner { id name } updatedAt
    viewerCanDelete viewerCanTransfer
    customFields { key values display }
  }
`);
graphql(`
  fragment ApprovalRunFields on Approval {
    id documentType status flowName createdAt decidedAt submitter { id name }
    steps { id position name approverType approverLabel status comment activatedAt decidedAt decidedBy { id name } approvers { id name } }
  }
`);

export const CONTRACTS_QUERY = graphql(`query Contracts($first: Int, $offset: Int, $after: String, $filter: ContractFilter, $orderBy: ContractOrder) {
  contracts(first: $first, offset: $offset, after: $after, filter: $filter, orderBy: $orderBy) { totalCount totalCountExact nodes { ...ContractRowFields } pageInfo { hasNextPage endCursor } } }`);

export const CONTRACT_QUERY = graphql(`
  query ContractDetail($id: ID!) {
    contract(id: $id) {
      ...ContractRowFields opportunityId opportunity { id name } startDate endDate remarks submittedAt approvedAt paidAt voidedAt voidReason createdAt createdBy { id name }
      viewerCanEdit viewerCanSubmit viewerCanVoid viewerCanRecordReceivable viewerCanEditPlans
      lines { id productId productName model unit quantity unitPrice amount }
      paymentPlans { id term amount plannedDate method reminderDays remarks receivedAmount }
      receivables { id code amount receivedDate method status remarks planId recordedBy { id name } createdAt approvals { ...ApprovalRunFields } }
      approvals { ...ApprovalRunFields }
      history { id action entityType entityId changes createdAt actor { id name } people { id name } }
      customFields { key values display }
    }
  }
`);

export const CREATE_CONTRACT = graphql(`mutation CreateContract($input: CreateContractInput!) { createContract(input: $input) { id code } }`);
export const UPDATE_CONTRACT = graphql(`mutation UpdateContract($id: ID!, $input: UpdateContractInput!) { updateContract(id: $id, input: $input) { id } }`);
export const DELETE_CONTRACTS = graphql(`mutation DeleteContracts($ids: [ID!]!) { deleteContracts(ids: $ids) { ids } }`);
export const SUBMIT_CONTRACT = graphql(`mutation SubmitContract($id: ID!) { submitContract(id: $id) { id status } }`);
export const VOID_CONTRACT = graphql(`mutation VoidContract($id: ID!, $reason: String!) { voidContract(id: $id, reason: $reason) { id status } }`);
export const TRANSFER_CONTRACTS = graphql(`mutation TransferContracts($input: TransferContractsInput!) { transferContracts(input: $input) { id } }`);
export const CREATE_PAYMENT_PLAN = graphql(`mutation CreatePaymentPlan($input: CreatePaymentPlanInput!) { createPaymentPlan(input: $input) { id } }`);
export const UPDATE_PAYMENT_PLAN = graphql(`mutation UpdatePaymentPlan($id: ID!, $input: UpdatePaymentPlanInput!) { updatePaymentPlan(id: $id, input: $input) { id } }`);
export const DELETE_PAYMENT_PLAN = graphql(`mutation DeletePaymentPlan($id: ID!) { deletePaymentPlan(id: $id) }`);
export const CREATE_RECEIVABLE = graphql(`mutation CreateReceivable($input: CreateReceivableInput!) { createReceivable(input: $input) { id code status } }`);
export const DELETE_RECEIVABLES = graphql(`mutation DeleteReceivables($ids: [ID!]!) { deleteReceivables(ids: $ids) { ids } }`);

export const CUSTOMER_OPTIONS_QUERY = graphql(`
  query ContractCustomerOptions($keyword: String) { customers(first: 20, filter: { keyword: $keyword, inPool: false }) { nodes { id code name } } }
`);

export type PendingApproval = MyPendingApprovalsQuery['myPendingApprovals']['nodes'][number];
export const PENDING_APPROVALS_QUERY = graphql(`
  query MyPendingApprovals($first: Int, $offset: Int) {
    myPendingApprovals(first: $first, offset: $offset) {
      totalCount
      nodes {
        id documentType position name activatedAt
        approval { id createdAt submitter { id name } steps { id } }
        contract { id code title amount status customer { id name } owner { id name } }
        receivable { id code amount receivedDate method }
        ownershipRequest { id customerCode customerName ownerName departmentName reason withContacts withOpportunities withContracts }
      }
    }
  }
`);
export const PENDING_APPROVAL_COUNT_QUERY = graphql(`query MyPendingApprovalCount { myPendingApprovalCount }`);
export const APPROVE_APPROVAL = graphql(`mutation ApproveApproval($id: ID!, $comment: String) { approveApproval(id: $id, comment: $comment) { id status } }`);
export const REJECT_APPROVAL = graphql(`mutation RejectApproval($id: ID!, $comment: String!) { rejectApproval(id: $id, comment: $comment) { id status } }`);

export type ApprovalFlow = ApprovalFlowsQuery['approvalFlows'][number];
export type ApprovalFlowStep = ApprovalFlow['steps'][number];
export const APPROVAL_FLOWS_QUERY = graphql(`
  query ApprovalFlows {
    approvalFlows {
      id documentType name enabled version updatedAt updatedBy { id name } steps { position name approverType roleId userId roleName user { id name } }
      fallbackUserId fallbackUser { id name } warnings { position stepName reason covered }
    }
    approvalRoleOptions { id name }
  }
`);
export const APPROVAL_USER_OPTIONS_QUERY = graphql(`query ApprovalUserOptions($keyword: String) { approvalUserOptions(keyword: $keyword) { id name username } }`);
export const SAVE_APPROVAL_FLOW = graphql(`mutation SaveApprovalFlow($input: SaveApprovalFlowInput!) { saveApprovalFlow(input: $input) { id version } }`);

export type ProductOption = ContractProductOptionsQuery['products']['nodes'][number];
export const PRODUCT_OPTIONS_QUERY = graphql(`
  query ContractProductOptions($keyword: String) { products(first: 20, filter: { keyword: $keyword, status: ACTIVE }) { nodes { id name model unit price } } }
`);

export const OPPORTUNITY_OPTIONS_QUERY = graphql(`
  query ContractOpportunityOptions($customerId: ID) { opportunities(first: 50, filter: { customerId: $customerId }) { nodes { id name category } } }
`);
