// The insight module's resolver classes and shield rules.
import { DashboardResolver, InsightResolver } from './insight.resolver';

export const insightResolvers = [DashboardResolver, InsightResolver];
export { insightMutationRules, insightQueryRules } from './insight.rules';
