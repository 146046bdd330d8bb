// Finding 5: a malformed request to /api/graphql (empty, truncated or trailing-garbage JSON, invalid UTF-8,
// a body that is not an object, a wrong Content-Type, GET with a JSON type, an oversize body) is the client's
// mistake: HTTP 400 with a JSON error coded BAD_REQUEST, one log line without a stack; anonymous or signed in.
import { DataSource } from 'typeorm';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, sessionCookieFor } from '../../support/api';
import { makeUser, roleByCode, rootDepartment } from '../../support/factories';
import { MAX_BODY_BYTES } from '@/graphql/request-body';
import { RawAnswer, hasStack, logged, raw } from './support';

let db: DataSource;
let signedIn: As;
beforeAll(async () => {
  db = await openTestDatabase();
  signedIn = await sessionCookieFor(await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]));
});
afterAll(async () => closeTestDatabase(db));

const JSON_TYPE = { 'content-type': 'application/json' };
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

const cases: [string, { method?: string; headers?: Record<string, string>; body?: BodyInit | null }][] = [
  ['an empty body', { headers: JSON_TYPE, body: '' }],
  ['no body at all', { headers: JSON_TYPE }],
  ['truncated JSON', { headers: JSON_TYPE, body: '{"query":"{ me { id' }],
  ['trailing garbage after the JSON', { headers: JSON_TYPE, body: '{"query":"{ __typename }"} trailing' }],
  ['invalid UTF-8', { headers: JSON_TYPE, body: new Uint8Array([...utf8('{"query":"{ __typename }","x":"'), 0xff, 0xfe, 0xc3, 0x28, ...utf8('"}')]) }],
  ['a lone UTF-8 continuation byte', { headers: JSON_TYPE, body: bytes(0x7b, 0x80, 0x7d) }],
  ['a JSON string instead of an object', { headers: JSON_TYPE, body: '"{ __typename }"' }],
  ['JSON null', { headers: JSON_TYPE, body: 'null' }],
  ['a JSON number', { headers: JSON_TYPE, body: '42' }],
  ['an empty JSON object', { headers: JSON_TYPE, body: '{}' }],
  ['a batched array', { headers: JSON_TYPE, body: '[{"query":"{ __typename }"},{"query":"{ __typename }"}]' }],
  ['query that is not a string', { headers: JSON_TYPE, body: '{"query":{"kind":"Document"}}' }],
  ['variables as a string', { headers: JSON_TYPE, body: '{"query":"{ __typename }","variables":"{}"}' }],
  ['a text/plain body', { headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' }],
  ['a form body', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'query=%7B__typename%7D' }],
  ['no content type', { body: '{"query":"{ __typename }"}' }],
  ['a JSON type in another charset', { headers: { 'content-type': 'application/json; charset=latin1' }, body: '{"query":"{ __typename }"}' }],
  ['GET with a JSON content type and no query', { method: 'GET', headers: JSON_TYPE }],
  ['GET with a form content type', { method: 'GET', headers: { 'content-type': 'application/x-www-form-urlencoded' } }],
  ['an oversize body', { headers: JSON_TYPE, body: `{"query":"{ __typename }","variables":{"pad":"${'x'.repeat(MAX_BODY_BYTES() + 10)}"}}` }],
];

function expectBadRequest(answer: RawAnswer, lines: { level: string; args: unknown[] }[]) {
  expect({ status: answer.status, type: answer.contentType?.split(';')[0] }).toEqual({ status: 400, type: 'application/json' });
  expect(answer.json?.errors).toHaveLength(1);
  const [error] = answer.json.errors;
  expect(typeof error.message).toBe('string');
  expect(error.message.length).toBeGreaterThan(0);
  expect(error.extensions?.code).toBe('BAD_REQUEST');
  expect(answer.text).not.toMatch(/\n\s+at |stacktrace|\.ts:\d+|\.js:\d+/);
  expect(lines).toHaveLength(1);
  expect(lines.some((l) => l.args.some(hasStack))).toBe(false);
}

describe.each([['anonymous', null], ['signed in', 'session']] as const)('%s callers', (_who, kind) => {
  test.each(cases)('%s answers 400 BAD_REQUEST with one log line and no stack', async (_name, init) => {
    const headers = { ...init.headers, ...(kind && signedIn && 'cookie' in signedIn ? { cookie: signedIn.cookie } : {}) };
    const { result, lines } = await logged(() => raw({ ...init, headers }));
    expectBadRequest(result, lines);
  });
});

test('the oversize body is refused from its Content-Length before it is read', async () => {
  const { result, lines } = await logged(() => raw({ headers: { ...JSON_TYPE, 'content-length': String(MAX_BODY_BYTES() + 1) }, body: '{"query":"{ __typename }"}' }));
  expectBadRequest(result, lines);
  expect(result.json.errors[0].message).toMatch(/too large/);
});

test('a well-formed request still answers, with a charset parameter too', async () => {
  const answer = await raw({ headers: { 'content-type': 'application/json; charset=utf-8' }, body: '{"query":"{ __typename }"}' });
  expect(answer.status).toBe(200);
  expect(answer.json).toEqual({ data: { __typename: 'Query' } });
});
