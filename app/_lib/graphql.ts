// The UI's GraphQL client: POST /api/graphql with the session cookie; a failed operation throws a GraphQLRequestError.
// Typed documents (`graphql()` from app/_lib/gql) give the result and variable types; plain strings are still accepted
// for the pages not yet moved to them.
import useSWR, { mutate as globalMutate, type SWRConfiguration } from 'swr';
import type { TypedDocumentString } from './gql/graphql';

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
export type Document<R = unknown, V = Variables> = TypedDocumentString<R, V>;
/** The result type of a typed document. */
export type ResultOf<D> = D extends TypedDocumentString<infer R, unknown> ? R : never;
/** The variables type of a typed document. */
export type VariablesOf<D> = D extends TypedDocumentString<unknown, infer V> ? V : never;

export function gql<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R>;
export function gql<T>(query: string, variables?: Variables): Promise<T>;
export async function gql<T>(document: string | TypedDocumentString<T, Variables>, variables?: unknown): Promise<T> {
  const query = document.toString();
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
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables?: V | null, config?: SWRConfiguration<R, GraphQLRequestError>): ReturnType<typeof useSWR<R, GraphQLRequestError>>;
export function useQuery<T>(query: string, variables?: Variables | null, config?: SWRConfiguration<T, GraphQLRequestError>): ReturnType<typeof useSWR<T, GraphQLRequestError>>;
export function useQuery<T>(document: string | TypedDocumentString<T, Variables>, variables: unknown = {}, config?: SWRConfiguration<T, GraphQLRequestError>) {
  const query = document.toString();
  return useSWR<T, GraphQLRequestError>(variables === null ? null : [query, variables], ([q, v]: [string, Variables]) => gql<T>(q, v), config);
}

/** Revalidates every cached result of these queries, whatever their variables (e.g. after a change elsewhere). */
export const revalidateQueries = (...queries: (string | TypedDocumentString<unknown, never>)[]) => {
  const texts = queries.map(String);
  return globalMutate((key) => Array.isArray(key) && texts.includes(key[0] as string));
};
