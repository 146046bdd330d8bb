// Builds the executable schema once: type-graphql resolvers wrapped in the graphql-shield permission layer.
import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { buildSchemaSync } from 'type-graphql';
import { heavyOperationMiddleware } from './limits/heavy-operations';
import { buildShield } from './permissions';
import { fieldPermissionMiddleware } from './fields/field.middleware';
import { resolvers } from './resolvers';

export function createSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  // Permissions first (outermost); heavy operations then wait for a slot of their user; field permissions (lib/fields)
  // hide or mask controlled fields of whatever record is answered.
  return applyMiddleware(schema, buildShield(schema), heavyOperationMiddleware(schema), fieldPermissionMiddleware(schema));
}

const holder = globalThis as unknown as { __crmSchema?: GraphQLSchema };

export function getSchema(): GraphQLSchema {
  if (process.env.NODE_ENV === 'development') return createSchema();
  holder.__crmSchema ??= createSchema();
  return holder.__crmSchema;
}
