// Every resolver class of the API.
import { NonEmptyArray } from 'type-graphql';
import { AuditEntryResolver } from './audit/audit-entry.resolver';
import { MeResolver } from './auth/me.resolver';
import { ContactResolver } from './contact/contact.resolver';
import { CustomerResolver } from './customer/customer.resolver';
import { CustomerFieldsResolver, CustomerTeamMemberResolver } from './customer/customer-fields.resolver';
import { orgResolvers } from './org';
import { UserPickerResolver } from './common/user-picker.resolver';
import { NotificationResolver } from './notification/notification.resolver';
import { PoolResolver } from './pool/pool.resolver';
import { poolResolvers } from './pool/pool-fields.resolver';
import { LeadResolver } from './lead/lead.resolver';
import { LeadFieldsResolver } from './lead/lead-fields.resolver';
import { LeadExportResolver } from './lead/lead-export.resolver';
import { activityResolvers } from './followup';
import { contractResolvers } from './contract';
import { opportunityResolvers } from './opportunity';
import { scheduleResolvers } from './schedule';
import { taskResolvers } from './task';
import { reportResolvers } from './report';
import { supervisionResolvers } from './supervision';
import { offboardingResolvers } from './offboarding';
import { insightResolvers } from './insight';
import { complianceResolvers } from './compliance';
import { statisticsResolvers } from './statistics';
import { dataResolvers } from './dataio';
import { dictionaryResolvers } from './dictionary';
import { customFieldResolvers } from './custom-field';
import { recycleBinResolvers } from './recycle-bin';
import { fieldResolvers } from './fields/field.resolver';
import { settingsResolvers } from './settings';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [
  MeResolver, CustomerResolver, CustomerFieldsResolver, CustomerTeamMemberResolver, ContactResolver, AuditEntryResolver, UserPickerResolver, NotificationResolver, LeadResolver, LeadFieldsResolver, LeadExportResolver, ...orgResolvers, PoolResolver, ...poolResolvers, ...activityResolvers, ...contractResolvers, ...opportunityResolvers, ...scheduleResolvers, ...taskResolvers, ...reportResolvers, ...offboardingResolvers, ...supervisionResolvers, ...insightResolvers, ...complianceResolvers, ...statisticsResolvers, ...dataResolvers, ...dictionaryResolvers, ...customFieldResolvers, ...fieldResolvers, ...settingsResolvers, ...recycleBinResolvers,
];
