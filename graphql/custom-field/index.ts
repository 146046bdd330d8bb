// The custom field module's resolver classes and shield rules.
import { CustomFieldResolver, customFieldsOfRecordResolvers } from './custom-field.resolver';

export const customFieldResolvers = [CustomFieldResolver, ...customFieldsOfRecordResolvers];
export { customFieldMutationRules, customFieldQueryRules } from './custom-field.rules';
