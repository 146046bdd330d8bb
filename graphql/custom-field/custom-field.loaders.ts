// Custom values of the records on a page, one query per module: keys are `<module>:<record id>`. And the fields
// field permissions act on (built-in and custom), read once per request.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CustomValueView, customValuesOf } from '@/lib/custom-field/values';
import { allControlledFields } from '@/lib/fields/controlled-fields';
import type { FieldDescription, FieldModule } from '@/lib/fields/registry';

export function customFieldLoaders(db: DataSource) {
  return {
    customValues: new DataLoader<string, CustomValueView[]>(async (keys) => {
      const byModule = new Map<string, number[]>();
      for (const key of keys) {
        const [module, id] = key.split(':');
        byModule.set(module, [...(byModule.get(module) ?? []), Number(id)]);
      }
      const found = new Map<string, CustomValueView[]>();
      for (const [module, ids] of byModule) {
        for (const [id, views] of await customValuesOf(db.manager, module, ids)) found.set(`${module}:${id}`, views);
      }
      return keys.map((k) => found.get(k) ?? []);
    }),
    /** The only key is 'all'. */
    controlledFields: new DataLoader<'all', Record<FieldModule, FieldDescription[]>>(async (keys) => {
      const fields = await allControlledFields(db.manager);
      return keys.map(() => fields);
    }),
  };
}
