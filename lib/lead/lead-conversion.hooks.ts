// The seam for modules that keep records on leads (follow-ups, attachments, …): each registered hook runs inside
// the conversion transaction, once per converted lead, and moves its records to the new customer. If a hook
// throws, the whole conversion is rolled back. The follow-up module registers its hook at import time:
//   registerLeadConversionHook('followup', async (manager, c) => { /* re-point lead follow-ups to c.customerId */ });
import { EntityManager } from 'typeorm';
import { Viewer } from '@/lib/access';

export interface LeadConversion {
  leadId: number;
  customerId: number;
  /** The primary contact created from the lead's person fields. */
  contactId: number;
  /** The customer's owner (the lead's owner). */
  ownerId: number;
  viewer: Viewer;
}

export type LeadConversionHook = (manager: EntityManager, conversion: LeadConversion) => Promise<void>;

const hooks = new Map<string, LeadConversionHook>();

/** Registers (or replaces, by name) a hook; names keep hot reloads from registering one twice. */
export function registerLeadConversionHook(name: string, hook: LeadConversionHook) {
  hooks.set(name, hook);
}

export function unregisterLeadConversionHook(name: string) {
  hooks.delete(name);
}

/** Runs every hook for one converted lead, in registration order, inside the caller's transaction. */
export async function runLeadConversionHooks(manager: EntityManager, conversion: LeadConversion) {
  for (const hook of hooks.values()) await hook(manager, conversion);
}
