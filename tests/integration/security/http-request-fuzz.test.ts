// Request-level fuzz of POST and GET /api/graphql (the real route handler): generated malformed bodies
// (random bytes, truncated or deeply nested JSON, wrong shapes, batched arrays, oversize), content types,
// methods, query strings and headers (garbage tokens and cookies, huge values). Every answer is below 500,
// JSON (HTML only for a browser's GET of the landing page), without stack or SQL, and nothing is written.
import { DataSource } from 'typeorm';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, sessionCookieFor, tokenFor } from '../../support/api';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../../support/factories';
import { prng } from '../../support/org-generator';
import { MAX_BODY_BYTES } from '@/graphql/request-body';
import { raw, tableChecksums } from './support';

const SEED = Number(process.env.FUZZ_SEED ?? 8080);
const MIN_REQUESTS = 600;

let db: DataSource;
let cookie: string;
let token: string;

beforeAll(async () => {
  db = await openTestDatabase();
  const seller = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  await makeCustomer(db, seller, { name: '请求模糊测试有限公司' });
  cookie = ((await sessionCookieFor(seller)) as Extract<As, { cookie: string }>).cookie;
  token = ((await tokenFor(db, seller)) as Extract<As, { token: string }>).token;
});
afterAll(async () => closeTestDatabase(db));

type Rng = ReturnType<typeof prng>;
const VALID = JSON.stringify({ query: 'query Q($f: CustomerFilter) { customers(filter: $f) { totalCount } }', variables: { f: { keyword: '测试' } }, operationName: 'Q' });
const WRITE = JSON.stringify({ query: 'mutation { createCustomer(input: { name: "模糊写入测试有限公司" }) { id } }' });

function randomBytes(rng: Rng, n: number) {
  return Uint8Array.from({ length: n }, () => rng.int(0, 255));
}

const bodies: ((rng: Rng) => BodyInit | null)[] = [
  () => null,
  () => '',
  (rng) => randomBytes(rng, rng.int(1, 2000)),
  (rng) => VALID.slice(0, rng.int(1, VALID.length - 1)),
  (rng) => WRITE.slice(0, rng.int(1, WRITE.length - 1)),
  (rng) => `${VALID}${rng.pick(['x', '}', ']', ',{}', '\u0000', ' garbage'])}`,
  (rng) => `${rng.pick(['[', '{"a":'])}`.repeat(rng.int(1000, 60000)),
  (rng) => JSON.stringify(Array.from({ length: rng.int(0, 120) }, () => JSON.parse(rng.chance(0.5) ? VALID : WRITE))),
  (rng) => JSON.stringify({ query: rng.pick<unknown>([42, null, true, [], {}, '', ' ', '{'.repeat(rng.int(1, 5000)), `{ ${'customers { '.repeat(rng.int(20, 400))}`]) }),
  (rng) => JSON.stringify({ query: '{ me { id } }', variables: rng.pick<unknown>(['{}', [], 5, true, 'x']) }),
  (rng) => JSON.stringify({ query: '{ me { id } }', operationName: rng.pick<unknown>([{}, [], 5, 'NoSuchOperation']) }),
  (rng) => JSON.stringify({ query: '{ me { id } }', extensions: rng.pick<unknown>(['x', [], 5, { persistedQuery: { version: 1, sha256Hash: 'abc' } }]) }),
  (rng) => JSON.stringify({ query: 'mutation { createCustomer(input: { name: "x" }) { id } }'.replace('mutation', rng.pick(['subscription', 'fragment', 'mutation mutation', 'query'])) }),
  (rng) => JSON.stringify({ query: `query { ${Array.from({ length: rng.int(200, 3000) }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
  (rng) => JSON.stringify({ query: 'query($v: String) { userDirectory(keyword: $v) { id } }', variables: { v: 'x'.repeat(rng.int(2001, 3_000_000)) } }),
  () => `{"query":"{ __typename }","pad":"${'x'.repeat(MAX_BODY_BYTES() + 1)}"}`,
  (rng) => new TextEncoder().encode(VALID.replace('测试', rng.pick(['\ud800', '\udfff', '\u0000', '\u202e']))),
  (rng) => { const b = new TextEncoder().encode(VALID); b[rng.int(0, b.length - 1)] = rng.pick([0x80, 0xc0, 0xff, 0xfe]); return b; },
];

const contentTypes = [
  'application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset="UTF-8"', 'application/json; charset=utf-16',
  'text/plain', 'text/plain;charset=UTF-8', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/graphql',
  'application/graphql-response+json', '', '}{', `application/json; ${'x'.repeat(8000)}`, undefined,
];

const searches: ((rng: Rng) => string)[] = [
  () => '',
  () => `?query=${encodeURIComponent('{ __typename }')}`,
  () => `?query=${encodeURIComponent('{ me { id } }')}&query=${encodeURIComponent('{ me { id } }')}`,
  () => `?query=${encodeURIComponent('mutation { markAllNotificationsRead }')}`,
  (rng) => `?query=${encodeURIComponent('{ __typename }')}&variables=${encodeURIComponent(rng.pick(['{', '[]', '5', 'null', '"x"']))}`,
  (rng) => `?query=${'%7B'.repeat(rng.int(10, 3000))}`,
  (rng) => `?query=${encodeURIComponent('{ userDirectory(keyword: "' + 'x'.repeat(rng.int(2001, 20000)) + '") { id } }')}`,
  () => '?query=%E0%A4%A&variables=%',
  (rng) => `?extensions=${encodeURIComponent(rng.pick(['{"persistedQuery":{"version":1,"sha256Hash":"x"}}', 'x']))}`,
];

function headers(rng: Rng): Record<string, string> {
  const h: Record<string, string> = {};
  const type = rng.pick(contentTypes);
  if (type !== undefined) h['content-type'] = type;
  if (rng.chance(0.3)) h.authorization = rng.pick([`Bearer ${token}`, 'Bearer ', 'Bearer crm_' + 'x'.repeat(rng.int(1, 9000)), 'Basic dXNlcjpwYXNz', 'Bearer \u00ff\u00fe', `Bearer ${token}x`, 'bearer']);
  if (rng.chance(0.3)) h.cookie = rng.pick([cookie, 'next-auth.session-token=garbage', `next-auth.session-token=${'a'.repeat(rng.int(100, 8000))}`, 'next-auth.session-token=eyJhbGciOiJub25lIn0.e30.', ';;;==']);
  if (rng.chance(0.2)) h['x-request-id'] = rng.pick(['x'.repeat(rng.int(100, 8000)), '\u00ff', '']);
  if (rng.chance(0.2)) h.accept = rng.pick(['text/html', 'multipart/mixed; deferSpec=20220824', 'application/graphql-response+json', '*/*', 'image/png']);
  if (rng.chance(0.2)) h['x-forwarded-for'] = rng.pick(['1.2.3.4, 5.6.7.8', 'not-an-ip', 'x'.repeat(rng.int(10, 5000)), '::1']);
  if (rng.chance(0.2)) h['apollo-require-preflight'] = 'true';
  if (rng.chance(0.1)) h['content-length'] = String(rng.pick([0, -1, 99999999999, 5]));
  return h;
}

const LEAK = /SELECT |INSERT |UPDATE .* SET|DELETE FROM|SQLITE_|\bER_[A-Z_]+\b|SQL syntax|no such (table|column)|\n\s+at |\.ts:\d+|\.js:\d+|stacktrace/i;

test(`at least ${MIN_REQUESTS} malformed HTTP requests: no 5xx, JSON answers without stack or SQL, nothing written`, async () => {
  const rng = prng(SEED);
  const before = await tableChecksums(db);
  const failures: string[] = [];
  const counts = { POST: 0, GET: 0 };
  // A request the Fetch API refuses to build is not sent and not counted: generate until MIN_REQUESTS were answered.
  for (let i = 0; counts.POST + counts.GET < MIN_REQUESTS && i < MIN_REQUESTS * 2; i++) {
    const method = rng.chance(0.75) ? 'POST' : 'GET';
    const h = headers(rng);
    let body: BodyInit | null = null;
    let search = '';
    if (method === 'POST') body = rng.pick(bodies)(rng);
    else search = rng.pick(searches)(rng);
    let answer;
    try {
      answer = await raw({ method, headers: h, body, search });
    } catch (error) {
      // Only a request the Fetch API itself refuses to build (a header it forbids) may throw, never the handler.
      if (/Headers|header|ByteString|Request/.test(String(error)) && !/graphql/i.test(String((error as Error).stack))) continue;
      failures.push(`#${i} ${method} threw ${String(error).slice(0, 200)}`);
      continue;
    }
    counts[method]++;
    const html = method === 'GET' && h.accept === 'text/html' && answer.contentType?.startsWith('text/html');
    const codes = (answer.json?.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
    const problem = answer.status >= 500 ? `HTTP ${answer.status}`
      : !html && answer.json === undefined ? 'not JSON'
      : codes.includes('INTERNAL_SERVER_ERROR') ? 'INTERNAL_SERVER_ERROR'
      : !html && LEAK.test(answer.text) ? 'leaks SQL or a stack' : null;
    if (problem) failures.push(`#${i} (seed ${SEED}) ${method} ${JSON.stringify(h).slice(0, 200)} ${search.slice(0, 100)} ${String(typeof body === 'string' ? body : body ? '<bytes>' : '').slice(0, 150)}: ${problem} → ${answer.text.slice(0, 300)}`);
  }
  expect(failures.slice(0, 10)).toEqual([]);
  expect(await tableChecksums(db)).toEqual(before);
  // The counts quoted in the issue are asserted, not printed: both methods, at least MIN_REQUESTS in all.
  expect(counts.POST + counts.GET).toBeGreaterThanOrEqual(MIN_REQUESTS);
  expect(counts.GET).toBeGreaterThanOrEqual(100);
  expect(counts.POST).toBeGreaterThanOrEqual(400);
}, 600_000);
