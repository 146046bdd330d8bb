// Shield rules of the pool operations (spread into graphql/permissions/index.ts). Services check again:
// membership, administration and the caps are decided there, in the transaction.
import { and } from 'graphql-shield';
import { CUSTOMER_OWNER_TABLE } from '@/lib/customer/customer.tables';
import { ShieldRule, can, canUse, inScope } from '../permissions/rules';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function poolQueryRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    pools: signedIn,
    pool: signedIn,
    poolCustomers: and(signedIn, canUse('customer')),
    poolSettings: signedIn,
    poolClaimQuota: and(signedIn, can('pool:claim')),
  };
}

export function poolMutationRules(signedIn: ShieldRule): Record<string, ShieldRule> {
  return {
    claimCustomers: and(signedIn, can('pool:claim')),
    assignCustomers: and(signedIn, can('pool:assign')),
    returnCustomersToPool: and(signedIn, inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.ids)),
    moveCustomersToPool: and(signedIn, canUse('customer')),
    createPool: and(signedIn, can('system:settings')),
    updatePool: and(signedIn, can('system:settings')),
    updatePoolRules: signedIn,
    updatePoolSettings: and(signedIn, can('system:settings')),
  };
}
