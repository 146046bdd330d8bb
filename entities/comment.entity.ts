// A leader's comment (批示) on a record: a follow-up, a report, a customer, … (targetType + targetId).
// Visible exactly when its target is.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';

@ObjectType('Comment')
@Entity('comment')
@Index('idx_comment_target', ['targetType', 'targetId', 'createdAt'])
@Index('idx_comment_author', ['authorId', 'createdAt'])
export class Comment {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ name: 'target_type', type: 'varchar', length: 20 }) targetType: string;
  @Field(() => ID) @Column({ name: 'target_id', type: 'int' }) targetId: number;
  @Field(() => String) @Column({ type: 'text' }) content: string;
  @Field(() => ID) @Column({ name: 'author_id', type: 'int' }) authorId: number;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
