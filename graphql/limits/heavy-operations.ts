// Middleware for the fields marked @Heavy(): each runs only while its user holds a heavy-operation slot
// (lib/limits/heavy-operations.ts); with every slot busy the call is refused with TOO_MANY_REQUESTS.
import { GraphQLError, GraphQLSchema, isObjectType } from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareTypeMap } from 'graphql-middleware';
import { heavySlotsPerUser, withHeavySlot } from '@/lib/limits/heavy-operations';
import type { Context } from '../context';
import { isHeavy } from './operation-limits';

const runWithSlot: IMiddlewareFieldMap<unknown, Context>[string] = async (resolve, root, args, ctx, info) => {
  // The permission layer ran first: an anonymous caller never reaches this.
  if (!ctx.viewer) return resolve(root, args, ctx, info);
  const result = await withHeavySlot(ctx.db, ctx.viewer.userId, `${info.parentType.name}.${info.fieldName}`, () => resolve(root, args, ctx, info));
  if (!result) {
    throw new GraphQLError(`You already have ${heavySlotsPerUser()} exports, imports or reports running; try again when one has finished`, {
      extensions: { code: 'TOO_MANY_REQUESTS' },
    });
  }
  return result.value;
};

/** The middleware map for every heavy field of the schema (found by its @Heavy() mark). */
export function heavyOperationMiddleware(schema: GraphQLSchema): IMiddlewareTypeMap {
  const map: IMiddlewareTypeMap = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!isHeavy(field.extensions as Record<string, unknown>)) continue;
      map[type.name] = { ...(map[type.name] as object), [field.name]: runWithSlot };
    }
  }
  return map;
}
