// Shield rules of the data-in-and-out operations. 查重 needs customer data of one's own (the system administrator,
// who has none, may not probe the customer list); the services check everything record by record.
import { and, or } from 'graphql-shield';
import { CUSTOMER_OWNER_TABLE } from '@/lib/customer/customer.tables';
import { ShieldRule, can, canUse, inScope } from '../permissions/rules';

export const dataQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  duplicateCustomers: and(signedIn, canUse('customer')),
  // Imports: a user sees and drives only their own (lib/import checks the module's import permission).
  dataImport: signedIn,
  dataImports: signedIn,
  // One's own requests only.
  myOwnershipRequests: and(signedIn, canUse('customer')),
});

// An export needs its module's export permission and some data of the module (every row is scoped in lib/export).
export const dataMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  exportCustomersLink: and(signedIn, can('customer:export'), canUse('customer')),
  exportContactsLink: and(signedIn, can('contact:export'), canUse('contact')),
  exportOpportunitiesLink: and(signedIn, can('opportunity:export'), canUse('opportunity')),
  exportContractsLink: and(signedIn, can('contract:export'), canUse('contract')),
  exportReceivablesLink: and(signedIn, can('receivable:export'), canUse('contract')),
  // Follow-ups are read through their parents: some parent module must hold data.
  exportFollowUpsLink: and(signedIn, can('followup:export'),
    or(canUse('customer'), canUse('contact'), canUse('lead'), canUse('opportunity'), canUse('contract'))),
  startDataImport: signedIn,
  commitDataImport: signedIn,
  cancelDataImport: signedIn,
  undoDataImport: signedIn,
  // Every merged customer in the owner-side write scope (unreadable: NOT_FOUND); the service checks again.
  mergeCustomers: and(signedIn, can('customer:merge'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a) => (a.input as { ids?: unknown } | undefined)?.ids)),
  // Whoever may use 查重 may ask for what it found; the leaders decide (lib/ownership).
  requestOwnership: and(signedIn, canUse('customer')),
});
