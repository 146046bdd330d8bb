// Data in and out (issue 12): duplicate search, exports, imports, merge and ownership requests — resolvers and rules.
import { DuplicateResolver } from './duplicate.resolver';
import { ExportResolver } from './export.resolver';

export const dataResolvers = [DuplicateResolver, ExportResolver];
export { dataMutationRules, dataQueryRules } from './dataio.rules';
