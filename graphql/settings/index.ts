// The settings module (numbering rules, reminder cadences): resolver classes and shield rules.
import { SettingsResolver } from './settings.resolver';

export const settingsResolvers = [SettingsResolver];
export { settingsMutationRules, settingsQueryRules } from './settings.rules';
