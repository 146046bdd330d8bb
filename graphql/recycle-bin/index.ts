// The recycle bin module's resolver classes and shield rules.
import { RecycleBinResolver } from './recycle-bin.resolver';

export const recycleBinResolvers = [RecycleBinResolver];
export { recycleBinMutationRules, recycleBinQueryRules } from './recycle-bin.rules';
