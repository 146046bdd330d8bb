// The work report module's resolver classes and shield rules.
import { ReportRecipientResolver, ReportResolver } from './report.resolver';

export const reportResolvers = [ReportResolver, ReportRecipientResolver];
export { reportMutationRules, reportQueryRules } from './report.rules';
