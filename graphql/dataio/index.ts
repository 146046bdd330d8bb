// Data in and out (issue 12): duplicate search, exports, imports, merge and ownership requests — resolvers and rules.
import { DuplicateResolver } from './duplicate.resolver';
import { ExportResolver } from './export.resolver';
import { ImportResolver } from './import.resolver';
import { MergeResolver } from './merge.resolver';
import { ApprovalOwnershipResolver, ApprovalStepOwnershipResolver, OwnershipRequestResolver } from './ownership.resolver';

export const dataResolvers = [DuplicateResolver, ExportResolver, ImportResolver, MergeResolver, OwnershipRequestResolver, ApprovalOwnershipResolver, ApprovalStepOwnershipResolver];
export { dataMutationRules, dataQueryRules } from './dataio.rules';
