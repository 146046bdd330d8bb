// Numbering rule of one record type: prefix + date part + zero-padded sequence that restarts each reset period
// (KH202611220001). The administrator edits the pattern; the counter (period, value) belongs to the allocator.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { UpdatedAt } from './columns';

@Entity('numbering_rule')
export class NumberingRule {
  @PrimaryGeneratedColumn() id: number;
  @Index('uq_numbering_module', { unique: true }) @Column({ type: 'varchar', length: 30 }) module: string;
  @Column({ type: 'varchar', length: 10 }) prefix: string;
  /** NONE, YYYY, YYYYMM or YYYYMMDD: the creation date written after the prefix. */
  @Column({ name: 'date_part', type: 'varchar', length: 10, default: 'YYYYMMDD' }) datePart: string;
  /** DAILY, MONTHLY, YEARLY or NEVER: when the sequence starts again at 1. */
  @Column({ name: 'reset_period', type: 'varchar', length: 10, default: 'DAILY' }) resetPeriod: string;
  @Column({ name: 'sequence_length', type: 'int', default: 4 }) sequenceLength: number;
  @Column({ name: 'current_period', type: 'varchar', length: 10, default: '' }) currentPeriod: string;
  @Column({ name: 'current_value', type: 'int', default: 0 }) currentValue: number;
  @Column({ name: 'updated_by_id', type: 'int', nullable: true }) updatedById: number | null;
  @UpdatedAt() updatedAt: Date;
}
