// The Apollo Server: schema, safe errors, depth, cost, alias and weight limits, input size limits;
// introspection off in production by default, and with it the "Did you mean …" hints that would leak the schema.
import { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, GraphQLFormattedError, ValidationContext } from 'graphql';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import type { Context } from './context';
import { formatError } from './errors';
import { getSchema } from './schema';
import { inputSizeError, inputSizeProblems } from './limits/input-limits';
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

const withoutSuggestions = (formatted: GraphQLFormattedError): GraphQLFormattedError =>
  ({ ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, '') });

const plugins: ApolloServerPlugin<Context>[] = [
  {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          const problems = operation ? inputSizeProblems(schema, document, operation, request.variables) : [];
          if (problems.length) throw inputSizeError(problems);
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
      const safe = formatError(limitCode(formatted, error), error);
      return introspection ? safe : withoutSuggestions(safe);
    },
    introspection,
    hideSchemaDetailsFromClientErrors: !introspection,
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
