// The custom field module's resolver classes and shield rules.
import { ContactCustomFieldsResolver, CustomFieldResolver, CustomerCustomFieldsResolver, LeadCustomFieldsResolver } from './custom-field.resolver';

export const customFieldResolvers = [CustomFieldResolver, CustomerCustomFieldsResolver, ContactCustomFieldsResolver, LeadCustomFieldsResolver];
export { customFieldMutationRules, customFieldQueryRules } from './custom-field.rules';
