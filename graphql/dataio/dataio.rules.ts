// Shield rules of the data-in-and-out operations. 查重 needs customer data of one's own (the system administrator,
// who has none, may not probe the customer list); the services check everything record by record.
import { and } from 'graphql-shield';
import { ShieldRule, canUse } from '../permissions/rules';

export const dataQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  duplicateCustomers: and(signedIn, canUse('customer')),
});

export const dataMutationRules = (_signedIn: ShieldRule): Record<string, ShieldRule> => ({});
