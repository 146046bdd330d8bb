// The custom field module's resolver classes and shield rules.
import { CustomFieldResolver, CustomerCustomFieldsResolver } from './custom-field.resolver';

export const customFieldResolvers = [CustomFieldResolver, CustomerCustomFieldsResolver];
export { customFieldMutationRules, customFieldQueryRules } from './custom-field.rules';
