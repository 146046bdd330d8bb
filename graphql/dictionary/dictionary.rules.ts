// Shield rules of the data dictionary: every signed-in user reads it (forms and filters need it); changes need
// system:dictionary (a custom field's own options: system:customField, checked in lib/dictionary).
import { and, or } from 'graphql-shield';
import { ShieldRule, can } from '../permissions/rules';

export const dictionaryQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  dictionaries: signedIn,
});

const administers = or(can('system:dictionary'), can('system:customField'));
export const dictionaryMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  addDictionaryOption: and(signedIn, administers),
  updateDictionaryOption: and(signedIn, administers),
  reorderDictionaryOptions: and(signedIn, administers),
});
