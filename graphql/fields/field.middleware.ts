// Field permissions where values leave the server through GraphQL: every controlled field of a module's object
// types (lib/fields registry) resolves to null when hidden and to its masked form when masked, whatever query
// reached the record (lookup, list, nested relation, mutation answer).
import { GraphQLSchema, isNonNullType, isObjectType } from 'graphql';
import type { IMiddlewareFunction } from 'graphql-middleware';
import { FIELD_MODULES, FieldModule, fieldOf, moduleFields } from '@/lib/fields/registry';
import { fieldMode } from '@/lib/fields/field-modes';
import { maskValue } from '@/lib/fields/mask';
import type { Context } from '../context';

function guard(module: FieldModule, key: string): IMiddlewareFunction {
  return async (resolve, root, args, ctx: Context, info) => {
    const mode = fieldMode(ctx.viewer, module, key);
    if (mode === 'HIDDEN') return null;
    const value = await resolve(root, args, ctx, info);
    return mode === 'MASKED' ? maskValue(fieldOf(module, key)!.mask, value) : value;
  };
}

/** The middleware map for every controlled field present in the schema. */
export function fieldPermissionMiddleware(schema: GraphQLSchema) {
  const map: Record<string, Record<string, IMiddlewareFunction>> = {};
  for (const module of Object.keys(FIELD_MODULES) as FieldModule[]) {
    for (const typeName of FIELD_MODULES[module].types) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      for (const d of moduleFields(module)) {
        if (!fields[d.key]) continue;
        // A hidden field answers null: a controlled field that the schema declares non-null is a registry mistake.
        if (isNonNullType(fields[d.key].type)) throw new Error(`controlled field ${typeName}.${d.key} must be nullable`);
        (map[typeName] ??= {})[d.key] = guard(module, d.key);
      }
    }
  }
  return map;
}
