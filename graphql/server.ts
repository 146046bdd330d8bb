// The Apollo Server: schema, safe errors, depth, cost, alias and weight limits, input size limits;
// introspection off in production by default, and with it the "Did you mean …" hints that would leak the schema.
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { Context } from './context';
import { formatError } from './errors';
import { getSchema } from './schema';
import { inputProblem } from './limits/input-limits';
import { operationLimitsRule, tooComplex } from './limits/operation-limits';

// Report a rejection as a validation error (400); thrown, it became a 500.
const reportAs = (limit: string) => (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(tooComplex(error.message.replace(/^Syntax Error: /, ''), limit));

/** Apollo turns every validation error into GRAPHQL_VALIDATION_FAILED; a limit keeps its own code. */
function limitCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof GraphQLError && original.extensions.code === 'QUERY_TOO_COMPLEX') {
    return { ...formatted, extensions: { ...formatted.extensions, ...original.extensions } };
  }
  return formatted;
}

/** Apollo refuses some malformed requests with a 4xx but no code (e.g. a persisted-query hash that does not
 * match): they are the client's mistake, BAD_REQUEST, not an internal error to mask. */
function requestErrorCode(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status = error instanceof GraphQLError ? (error.extensions.http as { status?: number } | undefined)?.status : undefined;
  if (error instanceof GraphQLError && !error.extensions.code && status && status >= 400 && status < 500) {
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
  }
  return formatted;
}

const withoutSuggestions = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
  ({ ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, '') });

const plugins: ApolloServerPlugin<Context>[] = [
  // Answers are per user and never cached by HTTP; the cache-control plugin would otherwise hook every resolved field.
  ApolloServerPluginCacheControlDisabled(),
  {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation?.operation === 'subscription') {
            throw new GraphQLError('Subscriptions are not supported', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
          }
          const problem = operation ? inputProblem(schema, document, operation, request.variables) : null;
          if (problem) throw problem;
        },
      };
    },
  },
];

export function createServer() {
  const introspection = process.env.GRAPHQL_INTROSPECTION
    ? process.env.GRAPHQL_INTROSPECTION === 'true'
    : process.env.NODE_ENV !== 'production';
  return new ApolloServer<Context>({
    schema: getSchema(),
    formatError: (formatted, error) => {
      const safe = formatError(requestErrorCode(limitCode(formatted, error), error), error);
      return introspection ? safe : withoutSuggestions(safe);
    },
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
    // The UI sends whole queries; a cache of client-registered query texts is only attack surface.
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    plugins,
    validationRules: [
      maxDepthRule({ n: Number(process.env.GRAPHQL_MAX_DEPTH ?? 10), propagateOnRejection: false, onReject: [reportAs('depth')] }),
      costLimitRule({ maxCost: Number(process.env.GRAPHQL_MAX_COST ?? 20000), propagateOnRejection: false, onReject: [reportAs('cost')] }),
      operationLimitsRule(),
    ],
  });
}

const holder = globalThis as unknown as { __crmApollo?: ApolloServer<Context> };

export function getServer(): ApolloServer<Context> {
  if (process.env.NODE_ENV === 'development') return createServer();
  holder.__crmApollo ??= createServer();
  return holder.__crmApollo;
}
