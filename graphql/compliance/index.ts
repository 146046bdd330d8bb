// The compliance module's resolver classes and shield rules.
import { ComplianceResolver } from './compliance.resolver';

export const complianceResolvers = [ComplianceResolver];
export { complianceMutationRules, complianceQueryRules } from './compliance.rules';
