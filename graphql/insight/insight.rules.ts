// Shield rules of the dashboard and targets. The dashboard needs customer data (the system administrator has
// none: FORBIDDEN); every figure is scoped inside lib/insight. Targets are checked in the service: whoever manages
// the department's users sets them.
import { and } from 'graphql-shield';
import { ShieldRule, canUse } from '../permissions/rules';

export const insightQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  dashboard: and(signedIn, canUse('customer')),
  insightScope: and(signedIn, canUse('customer')),
  kpiTargets: signedIn,
  targetSubjects: signedIn,
});

export const insightMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  setKpiTargets: signedIn,
});
