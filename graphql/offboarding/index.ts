// The offboarding module's resolver classes and shield rules.
import { OffboardingResolver } from './offboarding.resolver';

export const offboardingResolvers = [OffboardingResolver];
export { offboardingMutationRules, offboardingQueryRules } from './offboarding.rules';
