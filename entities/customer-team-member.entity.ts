// A colleague on a customer's team: may read the customer and what hangs under it; `canEdit` may change them.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { CreatedAt } from './columns';

@ObjectType('CustomerTeamMember')
@Entity('customer_team_member')
export class CustomerTeamMember {
  @Field(() => ID) @PrimaryColumn({ name: 'customer_id', type: 'int' }) customerId: number;
  @Field(() => ID) @Index('idx_team_user') @PrimaryColumn({ name: 'user_id', type: 'int' }) userId: number;
  @Field(() => Boolean) @Column({ name: 'can_edit', type: 'boolean', default: false }) canEdit: boolean;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
