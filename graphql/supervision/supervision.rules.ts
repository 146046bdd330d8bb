// Shield rules of 员工监督. Everything is read-only and scoped inside lib/supervision (the people a viewer
// supervises come from their read scopes); personNow answers NOT_FOUND for anyone outside them.
import type { ShieldRule } from '../permissions/rules';

export const supervisionQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  supervisionScope: signedIn,
  supervisionOverview: signedIn,
  supervisedFollowUps: signedIn,
  supervisedTasks: signedIn,
  supervisedReports: signedIn,
  personNow: signedIn,
});
