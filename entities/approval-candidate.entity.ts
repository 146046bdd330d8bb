// Who may decide an approval step, resolved when the document is submitted (department head, role holders
// or the named user). "Awaiting my approval" and approver visibility both read this table by user.
import { Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('approval_candidate')
@Index('idx_approval_candidate_user', ['userId', 'stepId'])
export class ApprovalCandidate {
  @PrimaryColumn({ name: 'step_id', type: 'int' }) stepId: number;
  @PrimaryColumn({ name: 'user_id', type: 'int' }) userId: number;
}
