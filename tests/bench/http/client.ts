// One GraphQL call through the HTTP API with a bearer token; a GraphQL error fails the call with its message.
export interface GqlCall { query: string; variables?: Record<string, unknown> }

export async function gql<T = Record<string, unknown>>(base: string, token: string | null, call: GqlCall): Promise<T> {
  const res = await fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(call),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`.trim()).join('; '));
  if (!res.ok || !body.data) throw new Error(`HTTP ${res.status}`);
  return body.data;
}
