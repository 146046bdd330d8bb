// Data in and out (issue 12): duplicate search, exports, imports, merge and ownership requests — resolvers and rules.
import { DuplicateResolver } from './duplicate.resolver';
import { ExportResolver } from './export.resolver';
import { ImportResolver } from './import.resolver';

export const dataResolvers = [DuplicateResolver, ExportResolver, ImportResolver];
export { dataMutationRules, dataQueryRules } from './dataio.rules';
