// 待我审批: contracts and receivables awaiting the signed-in user's decision, approved or rejected from here.
import { PendingApprovals } from './_components/pending-approvals';

export default function ApprovalsPage() {
  return <PendingApprovals />;
}
