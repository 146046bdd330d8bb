// The supervision module's resolver classes and shield rules.
import { MeSupervisionResolver, SupervisionResolver } from './supervision.resolver';

export const supervisionResolvers = [SupervisionResolver, MeSupervisionResolver];
export { supervisionQueryRules } from './supervision.rules';
