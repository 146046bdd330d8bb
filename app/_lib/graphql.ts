// The UI's GraphQL client: POST /api/graphql with the session cookie; a failed operation throws a GraphQLRequestError.
import useSWR, { mutate as globalMutate, type SWRConfiguration } from 'swr';

export interface FieldError { field: string; message: string }

/** The first error of a response, with its `extensions.code` and, for BAD_USER_INPUT, the field errors. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fields: FieldError[] = [],
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export type Variables = Record<string, unknown>;

export async function gql<T>(query: string, variables?: Variables): Promise<T> {
  let response: Response;
  try {
    response = await fetch('/api/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new GraphQLRequestError('Network error', 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`HTTP ${response.status}`, response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'NETWORK');
  }
  const first = body.errors?.[0];
  if (first) {
    const extensions = first.extensions ?? {};
    const fields = Array.isArray(extensions.fields) ? (extensions.fields as FieldError[]) : [];
    throw new GraphQLRequestError(first.message, String(extensions.code ?? 'UNKNOWN'), fields, extensions);
  }
  if (!body.data) throw new GraphQLRequestError('Empty response', 'UNKNOWN');
  return body.data;
}

/** SWR over `gql`: pass `null` variables to wait (e.g. until an id is known). */
export function useQuery<T>(query: string, variables: Variables | null = {}, config?: SWRConfiguration<T, GraphQLRequestError>) {
  return useSWR<T, GraphQLRequestError>(variables === null ? null : [query, variables], ([q, v]: [string, Variables]) => gql<T>(q, v), config);
}

/** Revalidates every cached result of these queries, whatever their variables (e.g. after a change elsewhere). */
export const revalidateQueries = (...queries: string[]) =>
  globalMutate((key) => Array.isArray(key) && queries.includes(key[0] as string));
