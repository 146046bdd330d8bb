// Approval flow settings (system:settings): the steps of the contract and receivable approval flows.
import { ApprovalFlowSettings } from './_components/approval-flow-settings';

export default function ApprovalFlowsPage() {
  return <ApprovalFlowSettings />;
}
