// Shield rules of the data-in-and-out operations. 查重 needs customer data of one's own (the system administrator,
// who has none, may not probe the customer list); the services check everything record by record.
import { and, or } from 'graphql-shield';
import { ShieldRule, can, canUse } from '../permissions/rules';

export const dataQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  duplicateCustomers: and(signedIn, canUse('customer')),
  // Imports: a user sees and drives only their own (lib/import checks the module's import permission).
  dataImport: signedIn,
  dataImports: signedIn,
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
});
