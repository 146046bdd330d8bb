// Shield rules of the work report operations. Lists are scoped inside; an operation on a report needs to see it
// (NOT_FOUND otherwise); only its author changes it (checked by the service).
import { and } from 'graphql-shield';
import { REPORT_TABLE } from '@/lib/report/report.tables';
import type { ShieldRule } from '../permissions/rules';
import { liveInScope } from '../schedule/activity.rules';

type Args = Record<string, unknown>;

export const reportQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  reports: signedIn,
  myReceivedReports: signedIn,
  report: signedIn,
  reportDraft: signedIn,
});

export const reportMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  createReport: signedIn,
  updateReport: and(signedIn, liveInScope(REPORT_TABLE, 'read', (a: Args) => a.id)),
  deleteReport: and(signedIn, liveInScope(REPORT_TABLE, 'read', (a: Args) => a.id)),
  markReportRead: and(signedIn, liveInScope(REPORT_TABLE, 'read', (a: Args) => a.id)),
});
