// The seam other modules hook into when a follow-up is written: the schedule module turns a next contact time
// into a schedule entry and a reminder, the lead module can copy it to the lead. Listeners run inside the
// follow-up's transaction, after it is saved, so their writes land (or fail) together with it.
import { EntityManager } from 'typeorm';
import { FollowUp } from '@/entities';
import { Viewer } from '@/lib/access';

export interface FollowUpChange {
  event: 'create' | 'update' | 'delete';
  followUp: FollowUp;
  /** The follow-up before an update. */
  before: FollowUp | null;
  viewer: Viewer;
  /** The customer the follow-up counts for (its parent, or the parent's customer); null for leads. */
  customerId: number | null;
}

export type FollowUpListener = (manager: EntityManager, change: FollowUpChange) => Promise<void>;

const holder = globalThis as unknown as { __crmFollowUpListeners?: Map<string, FollowUpListener> };
const listeners = (holder.__crmFollowUpListeners ??= new Map());

/** Registers (or replaces, by name: safe under hot reload) a listener called after each follow-up change. */
export function onFollowUpChange(name: string, listener: FollowUpListener) {
  listeners.set(name, listener);
}

export function removeFollowUpListener(name: string) {
  listeners.delete(name);
}

/** Called by the follow-up service after every create, update and delete, in the same transaction. */
export async function afterFollowUpChange(manager: EntityManager, change: FollowUpChange) {
  for (const listener of listeners.values()) await listener(manager, change);
}
