// Numbering rule: prefix + date part + zero-padded sequence that restarts each period (KH202611220001).
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType('NumberingRule')
@Entity('numbering_rule')
export class NumberingRule {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String) @Index('uq_numbering_module', { unique: true }) @Column({ type: 'varchar', length: 30 }) module: string;
  @Field(() => String) @Column({ type: 'varchar', length: 10 }) prefix: string;
  /** DAILY (yyyyMMdd), MONTHLY (yyyyMM), YEARLY (yyyy) or NEVER (no date part). */
  @Field(() => String) @Column({ name: 'reset_period', type: 'varchar', length: 10, default: 'DAILY' }) resetPeriod: string;
  @Field(() => Int) @Column({ name: 'sequence_length', type: 'int', default: 4 }) sequenceLength: number;
  @Column({ name: 'current_period', type: 'varchar', length: 10, default: '' }) currentPeriod: string;
  @Column({ name: 'current_value', type: 'int', default: 0 }) currentValue: number;
}
