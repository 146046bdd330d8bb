// The operation rule map. Every Query and Mutation field is listed here; anything missing is denied
// (fallbackRule: deny), and a test fails when an operation has no explicit rule.
import { GraphQLError, GraphQLSchema } from 'graphql';
import type { IMiddlewareTypeMap } from 'graphql-middleware';
import { and, deny, shield } from 'graphql-shield';
import type { IRules } from 'graphql-shield';
import type { ShieldRule } from './rules';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { CONTACT_OWNER_TABLE, CONTACT_TABLE, CUSTOMER_OWNER_TABLE, CUSTOMER_TABLE } from '@/lib/customer/customer.tables';
import { LEAD_TABLE } from '@/lib/lead/lead.tables';
import { can, canUse, hasOwnPassword, inScope, isAuthenticated } from './rules';
import { orgQueryRules, orgMutationRules } from './org.rules';
import { activityMutationRules, activityQueryRules } from '../followup/followup.rules';
import { poolMutationRules, poolQueryRules } from '../pool/pool.rules';
import { contractMutationRules, contractQueryRules } from '../contract/contract.rules';
import { opportunityMutationRules, opportunityQueryRules } from '../opportunity/opportunity.rules';
import { scheduleMutationRules, scheduleQueryRules } from '../schedule/schedule.rules';
import { taskMutationRules, taskQueryRules } from '../task/task.rules';
import { reportMutationRules, reportQueryRules } from '../report/report.rules';
import { supervisionQueryRules } from '../supervision/supervision.rules';
import { offboardingMutationRules, offboardingQueryRules } from '../offboarding';
import { insightMutationRules, insightQueryRules } from '../insight';
import { complianceMutationRules, complianceQueryRules } from '../compliance';
import { statisticsMutationRules, statisticsQueryRules } from '../statistics';
import { dataMutationRules, dataQueryRules } from '../dataio';
import { dictionaryMutationRules, dictionaryQueryRules } from '../dictionary';
import { customFieldMutationRules, customFieldQueryRules } from '../custom-field';
import { settingsMutationRules, settingsQueryRules } from '../settings';
import { recycleBinMutationRules, recycleBinQueryRules } from '../recycle-bin';

type Args = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const signedIn = and(isAuthenticated, hasOwnPassword);
const on = (...rules: Parameters<typeof and>) => and(signedIn, ...rules);

export const queryRules: Record<string, ShieldRule> = {
  me: isAuthenticated,
  apiTokens: signedIn,
  customers: on(canUse('customer')),
  customer: on(canUse('customer')),
  contacts: on(canUse('contact')),
  contact: on(canUse('contact')),
  userDirectory: signedIn,
  notifications: signedIn,
  unreadNotificationCount: signedIn,
  transferTargets: signedIn,
  myFieldPermissions: signedIn,
  leads: on(canUse('lead')),
  lead: on(canUse('lead')),
  ...orgQueryRules(signedIn),
  ...activityQueryRules(signedIn),
  ...poolQueryRules(signedIn),
  ...contractQueryRules(signedIn),
  ...opportunityQueryRules(signedIn),
  ...scheduleQueryRules(signedIn),
  ...taskQueryRules(signedIn),
  ...reportQueryRules(signedIn),
  ...offboardingQueryRules(signedIn),
  ...supervisionQueryRules(signedIn),
  ...insightQueryRules(signedIn),
  ...complianceQueryRules(signedIn),
  ...statisticsQueryRules(signedIn),
  ...dataQueryRules(signedIn),
  ...dictionaryQueryRules(signedIn),
  ...customFieldQueryRules(signedIn),
  ...settingsQueryRules(signedIn),
  ...recycleBinQueryRules(signedIn),
};

export const mutationRules: Record<string, ShieldRule> = {
  changePassword: and(isAuthenticated),
  updateMyProfile: signedIn,
  createApiToken: signedIn,
  revokeApiToken: signedIn,
  markNotificationsRead: signedIn,
  markAllNotificationsRead: signedIn,
  createCustomer: on(can('customer:create')),
  updateCustomer: on(can('customer:update'), inScope(CUSTOMER_TABLE, 'write', (a: Args) => a.id)),
  deleteCustomers: on(can('customer:delete'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.ids)),
  restoreCustomers: on(can('customer:restore'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.ids)),
  transferCustomers: on(can('customer:transfer'), inScope(CUSTOMER_OWNER_TABLE, 'transfer', (a: Args) => a.input?.ids)),
  lockCustomers: on(can('customer:lock'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.ids)),
  unlockCustomers: on(can('customer:lock'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.ids)),
  setCustomerTeamMember: on(can('customer:update'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.customerId)),
  removeCustomerTeamMember: on(can('customer:update'), inScope(CUSTOMER_OWNER_TABLE, 'write', (a: Args) => a.customerId)),
  createContact: on(can('contact:create'), inScope(CUSTOMER_TABLE, 'write', (a: Args) => a.input?.customerId)),
  updateContact: on(can('contact:update'), inScope(CONTACT_TABLE, 'write', (a: Args) => a.id)),
  deleteContacts: on(can('contact:delete'), inScope(CONTACT_OWNER_TABLE, 'write', (a: Args) => a.ids)),
  restoreContacts: on(can('contact:delete'), inScope(CONTACT_OWNER_TABLE, 'write', (a: Args) => a.ids)),
  createLead: on(can('lead:create')),
  updateLead: on(can('lead:update'), inScope(LEAD_TABLE, 'write', (a: Args) => a.id)),
  deleteLeads: on(can('lead:delete'), inScope(LEAD_TABLE, 'write', (a: Args) => a.ids)),
  restoreLeads: on(can('lead:delete'), inScope(LEAD_TABLE, 'write', (a: Args) => a.ids)),
  transferLeads: on(can('lead:transfer'), inScope(LEAD_TABLE, 'transfer', (a: Args) => a.input?.ids)),
  convertLeads: on(can('lead:convert'), inScope(LEAD_TABLE, 'write', (a: Args) => a.input?.ids)),
  exportLeads: on(can('lead:export'), canUse('lead')),
  exportLeadsLink: on(can('lead:export'), canUse('lead')),
  ...orgMutationRules(signedIn),
  ...activityMutationRules(signedIn),
  ...poolMutationRules(signedIn),
  ...contractMutationRules(signedIn),
  ...opportunityMutationRules(signedIn),
  ...scheduleMutationRules(signedIn),
  ...taskMutationRules(signedIn),
  ...reportMutationRules(signedIn),
  ...offboardingMutationRules(signedIn),
  ...insightMutationRules(signedIn),
  ...complianceMutationRules(signedIn),
  ...statisticsMutationRules(signedIn),
  ...dataMutationRules(signedIn),
  ...dictionaryMutationRules(signedIn),
  ...customFieldMutationRules(signedIn),
  ...settingsMutationRules(signedIn),
  ...recycleBinMutationRules(signedIn),
};

/** Deliberate errors pass through; a false rule is FORBIDDEN; anything unexpected is logged and masked. */
function fallbackError(error: unknown): Error {
  if (error instanceof DomainError) return error;
  if (error instanceof GraphQLError && error.extensions?.code && error.extensions.code !== 'INTERNAL_SERVER_ERROR') return error;
  if (error) {
    logger.error({ err: error }, 'error behind a permission rule');
    return new GraphQLError('Internal server error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
  return new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } });
}

/**
 * The permission layer over the root operations only. Object types are reachable only through those operations, so
 * their fields are open and stay unwrapped: a large answer (a dashboard's thousand people rows) then resolves without a
 * permission promise per field. Records inside an answer are narrowed by lib/access and lib/fields, not here.
 */
export function buildShield(schema: GraphQLSchema): IMiddlewareTypeMap {
  const generated = shield({ Query: queryRules, Mutation: mutationRules }, { fallbackRule: deny, fallbackError, allowExternalErrors: false, debug: false })
    .generate(schema) as IMiddlewareTypeMap;
  return { Query: generated.Query, Mutation: generated.Mutation };
}
