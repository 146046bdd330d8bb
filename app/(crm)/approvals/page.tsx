// 审批: 待我审批 (approvers decide contracts and receivables here), 我发起的 and 我已审批.
import { ApprovalBoxes } from './_components/approval-boxes';

export default function ApprovalsPage() {
  return <ApprovalBoxes />;
}
