// Login throttling that holds under concurrency and across app servers: before a password is checked, the attempt
// takes a slot from each of its counters (username, client IP) with one atomic conditional UPDATE; when any counter
// is used up the attempt is refused unchecked. A successful check gives its slots back, so only failures count.
import { DataSource } from 'typeorm';
import { LoginThrottle } from '@/entities';
import { inTransaction } from '@/lib/db/transaction';

export const THROTTLE = {
  windowMs: 15 * 60 * 1000,
  maxPerUsername: Number(process.env.LOGIN_MAX_FAILURES_PER_USER ?? 5),
  maxPerIp: Number(process.env.LOGIN_MAX_FAILURES_PER_IP ?? 30),
};

export interface ThrottleCounter { key: string; max: number }

/** Usernames match case-insensitively on MySQL, so the counter must not care about case either. */
export const usernameCounter = (username: string): ThrottleCounter => ({ key: `user:${username.toLowerCase()}`.slice(0, 100), max: THROTTLE.maxPerUsername });
export const ipCounter = (ip: string): ThrottleCounter => ({ key: `ip:${ip}`, max: THROTTLE.maxPerIp });

/** The counters of an attempt: always the username, and the client IP when it is known. */
export const countersFor = (username: string, ip: string | null): ThrottleCounter[] =>
  [usernameCounter(username), ...(ip ? [ipCounter(ip)] : [])];

// Each statement runs in its own short transaction: on SQLite that queues it behind any open transaction on the
// shared connection (lib/db/transaction.ts) instead of joining and maybe rolling back with it; on MySQL the UPDATE
// alone is atomic and takes the row lock directly (no read lock to upgrade, so no deadlock between attempts).
async function takeOne(db: DataSource, counter: ThrottleCounter): Promise<boolean> {
  const now = new Date();
  await inTransaction(db, (m) => m.createQueryBuilder().insert().into(LoginThrottle).values({ key: counter.key, failures: 0, windowStart: now }).orIgnore().execute());
  // A window that has run out starts again; only one of several concurrent resets matches.
  await inTransaction(db, (m) => m.createQueryBuilder().update(LoginThrottle).set({ failures: 0, windowStart: now })
    .where('throttle_key = :key AND window_start < :cutoff', { key: counter.key, cutoff: new Date(now.getTime() - THROTTLE.windowMs) }).execute());
  const taken = await inTransaction(db, (m) => m.createQueryBuilder().update(LoginThrottle).set({ failures: () => 'failures + 1' })
    .where('throttle_key = :key AND failures < :max', { key: counter.key, max: counter.max }).execute());
  return (taken.affected ?? 0) > 0;
}

/** Gives back one slot of each counter (the attempt succeeded, or was refused for another counter). */
export async function giveBack(db: DataSource, counters: ThrottleCounter[]): Promise<void> {
  for (const counter of counters) {
    await inTransaction(db, (m) => m.createQueryBuilder().update(LoginThrottle).set({ failures: () => 'failures - 1' })
      .where('throttle_key = :key AND failures > 0', { key: counter.key }).execute());
  }
}

/** Takes a slot from every counter, or from none: false when any of them is used up for the window. */
export async function takeAttempt(db: DataSource, counters: ThrottleCounter[]): Promise<boolean> {
  const taken: ThrottleCounter[] = [];
  for (const counter of counters) {
    if (!(await takeOne(db, counter))) {
      await giveBack(db, taken);
      return false;
    }
    taken.push(counter);
  }
  return true;
}
