// The fields field permissions act on in a module: the built-in ones of the registry, then the module's custom
// fields (disabled ones too: their values stay readable, so a role may still hide them) as `custom.<key>`.
import { EntityManager } from 'typeorm';
import { customFieldsOf } from '@/lib/custom-field/definitions';
import { CUSTOM_FIELD_PREFIX } from './field-modes';
import { FIELD_MODULES, FieldDescription, FieldModule, moduleFields } from './registry';

export async function controlledFields(manager: EntityManager, module: FieldModule): Promise<FieldDescription[]> {
  const custom = await customFieldsOf(manager, module, true);
  return [
    ...moduleFields(module),
    ...custom.map((f) => ({ key: `${CUSTOM_FIELD_PREFIX}${f.key}`, label: f.label, labelEn: f.label, mask: 'text' as const })),
  ];
}

/** Every module's controlled fields. */
export async function allControlledFields(manager: EntityManager): Promise<Record<FieldModule, FieldDescription[]>> {
  const modules = Object.keys(FIELD_MODULES) as FieldModule[];
  return Object.fromEntries(await Promise.all(modules.map(async (m) => [m, await controlledFields(manager, m)] as const))) as Record<FieldModule, FieldDescription[]>;
}
