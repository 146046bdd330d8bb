// The work report module's resolver classes and shield rules.
import { ReportRecipientResolver, ReportResolver } from './report.resolver';
import { ReportDraftResolver } from './report.types';

export const reportResolvers = [ReportResolver, ReportRecipientResolver, ReportDraftResolver];
export { reportMutationRules, reportQueryRules } from './report.rules';
