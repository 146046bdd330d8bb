// Personal API token: only its SHA-256 is stored; it acts as its user with the user's current permissions.
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn } from './columns';

@ObjectType('ApiToken')
@Entity('api_token')
export class ApiToken {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Index('idx_api_token_user') @Column({ name: 'user_id', type: 'int' }) userId: number;
  @Field(() => String) @Column({ type: 'varchar', length: 100 }) name: string;
  @Index('uq_api_token_hash', { unique: true }) @Column({ name: 'token_hash', type: 'varchar', length: 64 }) tokenHash: string;
  /** First characters of the token, shown so the user can tell tokens apart. */
  @Field(() => String) @Column({ type: 'varchar', length: 12 }) prefix: string;
  @Field(() => Date) @DateColumn({ name: 'expires_at', nullable: false }) expiresAt: Date;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'revoked_at' }) revokedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'last_used_at' }) lastUsedAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
