// Many aliased lookups in one logical call, sent in requests of at most 30 aliases (the API's per-operation cap,
// GRAPHQL_MAX_ALIASES): the answers are merged as if one request had carried them all.
import { As, GqlResult, gql } from './api';

export const MAX_ALIASES = 30;

/** `fields` are aliased selections (`c1: customer(id: "1") { id }`); data and errors of every chunk, merged. */
export async function gqlAliased(as: As, fields: readonly string[], perRequest = MAX_ALIASES): Promise<GqlResult> {
  const data: Record<string, unknown> = {};
  const errors: NonNullable<GqlResult['errors']> = [];
  for (let i = 0; i < fields.length; i += perRequest) {
    const result = await gql(as, `{ ${fields.slice(i, i + perRequest).join(' ')} }`);
    Object.assign(data, result.data ?? {});
    errors.push(...(result.errors ?? []));
  }
  return errors.length ? { data, errors } : { data };
}
