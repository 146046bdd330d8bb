// Resolvers of contracts, payment plans, receivables and approvals.
import { ApprovalFieldsResolver, ApprovalFlowResolver, ApprovalFlowStepResolver, ApprovalStepResolver } from '../approval/approval.resolver';
import { ReceivableResolver } from '../receivable/receivable.resolver';
import { ContractFieldsResolver, CustomerContractFieldsResolver, PaymentPlanFieldsResolver } from './contract-fields.resolver';
import { ContractResolver } from './contract.resolver';

export const contractResolvers = [
  ContractResolver, ContractFieldsResolver, PaymentPlanFieldsResolver, CustomerContractFieldsResolver,
  ReceivableResolver, ApprovalFlowResolver, ApprovalFlowStepResolver, ApprovalStepResolver, ApprovalFieldsResolver,
];
