// The statistics module's resolver classes and shield rules.
import { StatisticsResolver } from './statistics.resolver';

export const statisticsResolvers = [StatisticsResolver];
export { statisticsMutationRules, statisticsQueryRules } from './statistics.rules';
