// Shield rules of the 统计报表: customer data needed (the system administrator has none: FORBIDDEN); every figure is
// scoped inside lib/statistics.
import { and } from 'graphql-shield';
import { ShieldRule, canUse } from '../permissions/rules';

export const statisticsQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  statistics: and(signedIn, canUse('customer')),
});

export const statisticsMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  exportStatistics: and(signedIn, canUse('customer')),
});
