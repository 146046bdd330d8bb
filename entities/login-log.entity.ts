// Every login attempt, successful or not; also the source of login throttling.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt } from './columns';

@ObjectType('LoginLogEntry')
@Entity('login_log')
@Index('idx_login_username', ['username', 'createdAt'])
@Index('idx_login_ip', ['ip', 'createdAt'])
export class LoginLog {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Column({ type: 'varchar', length: 50 }) username: string;
  @Field(() => ID, { nullable: true }) @Column({ name: 'user_id', type: 'int', nullable: true }) userId: number | null;
  @Field(() => Boolean) @Column({ type: 'boolean' }) success: boolean;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 30, nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true }) @Column({ type: 'varchar', length: 64, nullable: true }) ip: string | null;
  @Field(() => String, { nullable: true }) @Column({ name: 'user_agent', type: 'varchar', length: 255, nullable: true }) userAgent: string | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
