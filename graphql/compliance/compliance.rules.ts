// Shield rules of the compliance report: customer data needed (the system administrator has none); everything is
// scoped inside lib/compliance. The rules themselves are company settings.
import { and } from 'graphql-shield';
import { ShieldRule, can, canUse } from '../permissions/rules';

export const complianceQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  complianceRules: signedIn,
  complianceReport: and(signedIn, canUse('customer')),
  complianceCustomers: and(signedIn, canUse('customer')),
  complianceMonthly: and(signedIn, canUse('customer')),
});

export const complianceMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  updateComplianceRules: and(signedIn, can('system:settings')),
});
