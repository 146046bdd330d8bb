// Custom values of the records on a page, one query per module: keys are `<module>:<record id>`.
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { CustomValueView, customValuesOf } from '@/lib/custom-field/values';

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
  };
}
