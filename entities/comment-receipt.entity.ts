// Per-user read mark of a comment: written for each user the comment is addressed to (the target's author,
// earlier commenters); unread while readAt is null.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn } from './columns';

@Entity('comment_receipt')
@Index('uq_comment_receipt', ['commentId', 'userId'], { unique: true })
@Index('idx_comment_receipt_user', ['userId', 'readAt'])
export class CommentReceipt {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'comment_id', type: 'int' }) commentId: number;
  @Column({ name: 'user_id', type: 'int' }) userId: number;
  @DateColumn({ name: 'read_at' }) readAt: Date | null;
  @CreatedAt() createdAt: Date;
}
