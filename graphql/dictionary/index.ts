// The data dictionary module's resolver classes and shield rules.
import { DictionaryResolver } from './dictionary.resolver';

export const dictionaryResolvers = [DictionaryResolver];
export { dictionaryMutationRules, dictionaryQueryRules } from './dictionary.rules';
