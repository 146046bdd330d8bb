// The Apollo Server: schema, safe errors, depth and cost limits; introspection off in production by default.
import { ApolloServer } from '@apollo/server';
import type { GraphQLError, ValidationContext } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { Context } from './context';
import { formatError } from './errors';
import { getSchema } from './schema';

const reportRejection = (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error);

export function createServer() {
  const introspection = process.env.GRAPHQL_INTROSPECTION
    ? process.env.GRAPHQL_INTROSPECTION === 'true'
    : process.env.NODE_ENV !== 'production';
  return new ApolloServer<Context>({
    schema: getSchema(),
    formatError,
    introspection,
    includeStacktraceInErrorResponses: false,
    // Report a rejection as a validation error (400 GRAPHQL_VALIDATION_FAILED); thrown, it became a 500.
    validationRules: [
      maxDepthRule({ n: Number(process.env.GRAPHQL_MAX_DEPTH ?? 10), propagateOnRejection: false, onReject: [reportRejection] }),
      costLimitRule({ maxCost: Number(process.env.GRAPHQL_MAX_COST ?? 20000), propagateOnRejection: false, onReject: [reportRejection] }),
    ],
  });
}

const holder = globalThis as unknown as { __crmApollo?: ApolloServer<Context> };

export function getServer(): ApolloServer<Context> {
  if (process.env.NODE_ENV === 'development') return createServer();
  holder.__crmApollo ??= createServer();
  return holder.__crmApollo;
}
