// Shield rules of the numbering rules (system:numbering) and the reminder cadences (read by everyone signed in,
// changed with system:settings); the services check the same permissions.
import { and } from 'graphql-shield';
import { ShieldRule, can } from '../permissions/rules';

export const settingsQueryRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  numberingRules: and(signedIn, can('system:numbering')),
  cadenceSettings: signedIn,
});

export const settingsMutationRules = (signedIn: ShieldRule): Record<string, ShieldRule> => ({
  updateNumberingRule: and(signedIn, can('system:numbering')),
  updateCadenceSettings: and(signedIn, can('system:settings')),
});
