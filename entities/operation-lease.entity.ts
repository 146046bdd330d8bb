// A slot for one running heavy operation (export, import, big report) of a user. A user has a few numbered
// slots; taking one is a single atomic INSERT or UPDATE, so the limit holds across every app server.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateColumn } from './columns';

@Entity('operation_lease')
export class OperationLease {
  @PrimaryColumn({ name: 'user_id', type: 'int' }) userId: number;
  @PrimaryColumn({ type: 'int' }) slot: number;
  /** Who holds the slot now: only the holder can release it. */
  @Column({ type: 'varchar', length: 36 }) holder: string;
  @Column({ type: 'varchar', length: 100 }) operation: string;
  /** The slot is free once this has passed: a crashed server's slot frees itself. */
  @DateColumn({ name: 'expires_at', nullable: false }) expiresAt: Date;
}
