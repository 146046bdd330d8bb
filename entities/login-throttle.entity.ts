// One row per throttled key (a username or a client IP): failed sign-in attempts in the current window. Attempts
// are taken with one conditional UPDATE each, so the limit holds however many app servers try at once.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateColumn } from './columns';

@Entity('login_throttle')
export class LoginThrottle {
  /** `user:<lower-case username>` or `ip:<address>`. */
  @PrimaryColumn({ name: 'throttle_key', type: 'varchar', length: 100 }) key: string;
  /** Attempts taken in the window that did not succeed (an attempt being checked counts until it succeeds). */
  @Column({ type: 'int', default: 0 }) failures: number;
  @DateColumn({ name: 'window_start', nullable: false }) windowStart: Date;
}
