// The custom field module's resolver classes and shield rules.
import {
  ContactCustomFieldsResolver, ContractCustomFieldsResolver, CustomFieldResolver, CustomerCustomFieldsResolver, LeadCustomFieldsResolver, OpportunityCustomFieldsResolver,
} from './custom-field.resolver';

export const customFieldResolvers = [CustomFieldResolver, CustomerCustomFieldsResolver, ContactCustomFieldsResolver, LeadCustomFieldsResolver, OpportunityCustomFieldsResolver, ContractCustomFieldsResolver];
export { customFieldMutationRules, customFieldQueryRules } from './custom-field.rules';
