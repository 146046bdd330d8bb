// The importable record types by module.
import { ImportModule } from '@/entities/import-job.entity';
import { ImportModuleSpec } from '../import-module';
import { customerImport } from './customer.import';
import { contactImport } from './contact.import';
import { leadImport } from './lead.import';
import { productImport } from './product.import';

const MODULES: Record<ImportModule, ImportModuleSpec<never>> = {
  [ImportModule.CUSTOMER]: customerImport as ImportModuleSpec<never>,
  [ImportModule.CONTACT]: contactImport as ImportModuleSpec<never>,
  [ImportModule.LEAD]: leadImport as ImportModuleSpec<never>,
  [ImportModule.PRODUCT]: productImport as ImportModuleSpec<never>,
};

export const importModule = (module: ImportModule): ImportModuleSpec<Record<string, unknown>> | undefined =>
  MODULES[module] as unknown as ImportModuleSpec<Record<string, unknown>> | undefined;
