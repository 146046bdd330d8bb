// The document types an approval flow can run on, and what approval means for each of them.
import { EntityManager } from 'typeorm';
import { ApprovalDocumentType } from '@/entities/approval-flow.entity';
import { AuditActor } from '@/lib/audit/audit';
import { contractApproval } from '@/lib/contract/contract.approval';
import { receivableApproval } from '@/lib/receivable/receivable.approval';
import { ownershipApproval } from '@/lib/ownership/ownership.approval';

export interface ApprovalDocument {
  /** Entity type in the audit log. */
  entityType: string;
  /** One line naming the document in notifications, e.g. 合同 HT202611220001《年度维保》. */
  describe(manager: EntityManager, documentId: number): Promise<string>;
  /** The last step approved (or no flow): the document becomes approved. Runs in the deciding transaction. */
  onApproved(manager: EntityManager, documentId: number, actor: AuditActor): Promise<void>;
  onRejected(manager: EntityManager, documentId: number, actor: AuditActor): Promise<void>;
}

const DOCUMENTS: Record<ApprovalDocumentType, ApprovalDocument> = {
  [ApprovalDocumentType.CONTRACT]: contractApproval,
  [ApprovalDocumentType.RECEIVABLE]: receivableApproval,
  [ApprovalDocumentType.OWNERSHIP]: ownershipApproval,
};

export const approvalDocument = (type: ApprovalDocumentType): ApprovalDocument => DOCUMENTS[type];
