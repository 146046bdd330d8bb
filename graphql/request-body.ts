// Reads and checks an HTTP request to /api/graphql before Apollo sees it: a malformed body is the client's
// mistake (400 BAD_REQUEST), never an exception of ours.
export const MAX_BODY_BYTES = () => Number(process.env.GRAPHQL_MAX_BODY_BYTES ?? 4 * 1024 * 1024);

export class BadRequest extends Error {}

export interface GraphQLHttpBody {
  method: 'GET' | 'POST';
  body: Record<string, unknown> | undefined;
  search: string;
}

function mediaType(contentType: string | null) {
  if (contentType === null) return null;
  const [essence, ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  const charset = params.find((p) => p.startsWith('charset='))?.slice(8).replace(/"/g, '');
  return { essence, charset };
}

/** The body's bytes, refused as soon as they pass the limit (a huge body is never buffered whole). */
async function readBytes(req: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get('content-length') ?? NaN);
  if (declared > limit) throw new BadRequest(`Request body too large (at most ${limit} bytes)`);
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BadRequest(`Request body too large (at most ${limit} bytes)`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) { bytes.set(chunk, offset); offset += chunk.byteLength; }
  return bytes;
}

function parseJsonObject(bytes: Uint8Array): Record<string, unknown> {
  if (bytes.byteLength === 0) throw new BadRequest('Request body is empty');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequest('Request body is not valid UTF-8');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadRequest('Request body is not valid JSON');
  }
  if (Array.isArray(parsed)) throw new BadRequest('Batched requests are not supported: send one operation per request');
  if (parsed === null || typeof parsed !== 'object') throw new BadRequest('Request body must be a JSON object');
  return parsed as Record<string, unknown>;
}

/** The method, body and query string of a well-formed GraphQL request; throws BadRequest otherwise. */
export async function readGraphQLRequest(req: Request): Promise<GraphQLHttpBody> {
  const search = new URL(req.url).search;
  const type = mediaType(req.headers.get('content-type'));
  if (req.method === 'GET') {
    // A GET carries its operation in the query string; a body type other than JSON means a confused client.
    if (type && type.essence !== 'application/json') throw new BadRequest('A GET request may not have a Content-Type other than application/json');
    return { method: 'GET', body: undefined, search };
  }
  if (req.method !== 'POST') throw new BadRequest('Only GET and POST are supported');
  if (type?.essence !== 'application/json') throw new BadRequest('Content-Type must be application/json');
  if (type.charset && type.charset !== 'utf-8' && type.charset !== 'utf8') throw new BadRequest('The body must be UTF-8');
  return { method: 'POST', body: parseJsonObject(await readBytes(req, MAX_BODY_BYTES())), search };
}
