// 申请归属 (seed 002 §3.1.3): a user who found a colleague's customer through 查重 asks for it, with a reason. The
// request runs through the approval engine (document type OWNERSHIP) to the requester's and the owner's leaders;
// when approved the customer is handed over with the cascade the requester chose. Not a GraphQL type itself: the
// API answers OwnershipRequestView, which tells the requester no more than 查重 does.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn } from './columns';

@Entity('ownership_request')
@Index('idx_ownership_request_customer', ['customerId', 'status'])
@Index('idx_ownership_request_requester', ['requesterId', 'createdAt'])
export class OwnershipRequest {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'customer_id', type: 'int' }) customerId: number;
  @Column({ name: 'requester_id', type: 'int' }) requesterId: number;
  /** The owner when the request was made: the transfer is refused if someone else owns it by approval time. */
  @Column({ name: 'owner_id', type: 'int' }) ownerId: number;
  @Column({ type: 'varchar', length: 500 }) reason: string;
  /** PENDING, APPROVED, REJECTED (the approval's outcome). */
  @Column({ type: 'varchar', length: 10 }) status: string;
  @Column({ name: 'approval_id', type: 'int', nullable: true }) approvalId: number | null;
  @Column({ name: 'with_contacts', type: 'boolean', default: true }) withContacts: boolean;
  @Column({ name: 'with_opportunities', type: 'boolean', default: false }) withOpportunities: boolean;
  @Column({ name: 'with_contracts', type: 'boolean', default: false }) withContracts: boolean;
  @CreatedAt() createdAt: Date;
  @DateColumn({ name: 'decided_at' }) decidedAt: Date | null;
}
