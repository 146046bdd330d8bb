// Shield rules of custom fields: every signed-in user reads the definitions (forms and lists need them); changes
// need system:customField.
import { and } from 'graphql-shield';
import { ShieldRule, can } from '../permissions/rules';

export const customFieldQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  customFields: signedIn,
});

export const customFieldMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  createCustomField: and(signedIn, can('system:customField')),
  updateCustomField: and(signedIn, can('system:customField')),
  reorderCustomFields: and(signedIn, can('system:customField')),
});
