// Turns every error into a safe GraphQL error: deliberate ones keep their code and message; anything else
// becomes INTERNAL_SERVER_ERROR with the request id, and is logged server-side (never a stack or SQL).
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError } from '@/lib/errors';
import { logger } from '@/lib/logger';

const PUBLIC_CODES = new Set([
  'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE',
  'QUERY_TOO_COMPLEX', 'TOO_MANY_REQUESTS', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export const graphqlError = (code: string, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export function fromDomainError(error: DomainError) {
  return graphqlError(error.code, error.message, error.details);
}

function fromValidation(error: ArgumentValidationError) {
  const fields = error.extensions.validationErrors?.flatMap((v) => {
    const walk = (e: typeof v, prefix: string): { field: string; message: string }[] => [
      ...Object.values(e.constraints ?? {}).map((message) => ({ field: prefix + e.property, message })),
      ...(e.children ?? []).flatMap((c) => walk(c, `${prefix}${e.property}.`)),
    ];
    return walk(v, '');
  }) ?? [];
  // Input objects are validated under their argument name ("input.name"); clients want the field itself.
  const cleaned = fields.map((f) => ({ field: f.field.replace(/^input\./, ''), message: f.message }));
  return graphqlError('BAD_USER_INPUT', cleaned.map((f) => `${f.field}: ${f.message}`).join('; ') || 'Invalid input', { fields: cleaned });
}

/** Apollo's formatError: the last line of defence for what reaches a client. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError ?? error : error;
  if (original instanceof DomainError) return { ...formatted, message: original.message, extensions: { code: original.code, ...original.details } };
  if (original instanceof ArgumentValidationError) {
    const safe = fromValidation(original);
    return { ...formatted, message: safe.message, extensions: safe.extensions };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  const requestId = (error as { requestId?: string })?.requestId;
  logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', requestId } };
}
