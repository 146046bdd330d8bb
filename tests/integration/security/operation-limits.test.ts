// Finding 6: alias amplification. One request may not multiply work: aliases and root fields are capped,
// root fields have weights (mutations more than reads, exports/imports far more), and each user runs at most
// a few heavy operations at a time across every app server (slots in the database, operation_lease).
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { GraphQLSchema, parse, validate } from 'graphql';
import { AuditLog, OperationLease } from '@/entities';
import { GET as exportRoute } from '@/app/api/exports/route';
import { createSchema } from '@/graphql/schema';
import { OPERATION_LIMITS, WEIGHTS, isHeavy, operationLimitsRule } from '@/graphql/limits/operation-limits';
import { heavySlotsPerUser, releaseHeavySlot, takeHeavySlot } from '@/lib/limits/heavy-operations';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, codeOf, gql, ok } from '../../support/api';
import { Company, makeCompany, makeLead } from '../lead-support';

let db: DataSource;
let co: Company;
let schema: GraphQLSchema;

const EXPORT_FIELDS = '{ fileName count }';
const exportCall = (alias: string) => `${alias}: exportLeads(input: { format: CSV }) ${EXPORT_FIELDS}`;
const exportAudits = () => db.getRepository(AuditLog).countBy({ action: 'export' });

beforeAll(async () => {
  db = await openTestDatabase();
  schema = createSchema();
  co = await makeCompany(db);
  for (let i = 0; i < 3; i++) await makeLead(db, co.li);
});
afterAll(async () => closeTestDatabase(db));

describe('amplification within one request', () => {
  test('200 aliased exportLeads are refused before any runs, with QUERY_TOO_COMPLEX naming the alias limit', async () => {
    const before = await exportAudits();
    const aliases = Array.from({ length: 200 }, (_, i) => exportCall(`e${i}`)).join('\n');
    const result = await gql(co.as.li, `mutation { ${aliases} }`);
    expect(result.data).toBeUndefined();
    expect(codeOf(result)).toBe('QUERY_TOO_COMPLEX');
    expect(result.errors![0].extensions).toMatchObject({ limit: 'aliases', max: OPERATION_LIMITS.maxAliases, found: 200 });
    expect(await exportAudits()).toBe(before);
    expect(await db.getRepository(OperationLease).count()).toBe(0);
  });

  test('exports weigh enough that a request holds at most two; ordinary mutations weigh more than reads', async () => {
    expect(2 * WEIGHTS.heavy).toBeLessThanOrEqual(OPERATION_LIMITS.maxWeight);
    expect(3 * WEIGHTS.heavy).toBeGreaterThan(OPERATION_LIMITS.maxWeight);
    expect(WEIGHTS.mutation).toBeGreaterThan(WEIGHTS.query);
    const before = await exportAudits();
    const three = await gql(co.as.li, `mutation { ${[1, 2, 3].map((i) => exportCall(`e${i}`)).join(' ')} }`);
    expect(codeOf(three)).toBe('QUERY_TOO_COMPLEX');
    expect(three.errors![0].extensions).toMatchObject({ limit: 'weight', found: 3 * WEIGHTS.heavy });
    expect(await exportAudits()).toBe(before);
    const two = await ok(co.as.li, `mutation { ${[1, 2].map((i) => exportCall(`e${i}`)).join(' ')} }`);
    expect([two.e1.count, two.e2.count]).toEqual([3, 3]);
  });

  test('the rule counts aliases and root fields through fragments, and weighs mutations', () => {
    const limits = { maxAliases: 3, maxRootFields: 2, maxWeight: 25 };
    const codes = (doc: string) => validate(schema, parse(doc), [operationLimitsRule(limits)]).map((e) => e.extensions.limit);
    expect(codes('{ me { id } }')).toEqual([]);
    expect(codes('query { ...F } fragment F on Query { a: me { id } b: me { id } c: me { id } d: me { id } }')).toEqual(['aliases']);
    expect(codes('{ me { id } ... on Query { unreadNotificationCount } notifications { totalCount } }')).toEqual(['rootFields']);
    expect(codes('mutation { a: markAllNotificationsRead b: markAllNotificationsRead }')).toEqual([]);
    expect(codes('mutation { a: markAllNotificationsRead b: markAllNotificationsRead c: markAllNotificationsRead }')).toEqual(['rootFields']);
    const heavyLimits = { maxAliases: 10, maxRootFields: 10, maxWeight: WEIGHTS.heavy + WEIGHTS.mutation - 1 };
    const heavy = validate(schema, parse('mutation { exportLeads(input: { format: CSV }) { count } markAllNotificationsRead }'), [operationLimitsRule(heavyLimits)]);
    expect(heavy.map((e) => e.extensions.limit)).toEqual(['weight']);
  });

  test('every export and import operation of the schema is marked heavy (new modules included)', () => {
    const fields = [schema.getQueryType(), schema.getMutationType()].flatMap((t) => Object.values(t?.getFields() ?? {}));
    const bulk = fields.filter((f) => /^(export|import)[A-Z]/.test(f.name));
    expect(bulk.map((f) => f.name)).toContain('exportLeads');
    expect(bulk.filter((f) => !isHeavy(f.extensions as Record<string, unknown>)).map((f) => f.name)).toEqual([]);
  });
});

describe('heavy operations per user, across servers', () => {
  afterEach(async () => { await db.createQueryBuilder().delete().from(OperationLease).execute(); });

  test('with every slot of the user held (e.g. by exports on other servers) an export is refused with TOO_MANY_REQUESTS', async () => {
    const held = [];
    for (let i = 0; i < heavySlotsPerUser(); i++) held.push(await takeHeavySlot(db, co.li.id, 'Mutation.exportLeads'));
    expect(held.every(Boolean)).toBe(true);
    const before = await exportAudits();
    const refused = await gql(co.as.li, `mutation { ${exportCall('e')} }`);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
    expect(await exportAudits()).toBe(before);
    // Another user is not affected by li's slots.
    expect((await ok(co.as.sun, `mutation { ${exportCall('e')} }`)).e.count).toBe(0);
    await releaseHeavySlot(db, held[0]!);
    expect((await ok(co.as.li, `mutation { ${exportCall('e')} }`)).e.count).toBe(3);
    expect(await exportAudits()).toBe(before + 2);
  });

  test('a streamed export (/api/exports) holds a slot too: refused with 429 when every slot is busy, the slot given back after the stream', async () => {
    const link = (await ok(co.as.li, 'mutation { exportLeadsLink(input: { format: CSV }) { url } }')).exportLeadsLink.url as string;
    const auth = co.as.li as Extract<As, { token: string }>;
    const download = () => exportRoute(new NextRequest(`http://localhost${link}`, { headers: { authorization: `Bearer ${auth.token}` } }));
    const held = [];
    for (let i = 0; i < heavySlotsPerUser(); i++) held.push(await takeHeavySlot(db, co.li.id, 'Mutation.exportLeads'));
    const refused = await download();
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('TOO_MANY_REQUESTS');
    await releaseHeavySlot(db, held[0]!);
    const streamed = await download();
    expect(streamed.status).toBe(200);
    expect((await streamed.text()).split('\r\n').filter(Boolean)).toHaveLength(4);
    for (let i = 0; i < 40 && (await db.getRepository(OperationLease).countBy({ userId: co.li.id })) > 1; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await db.getRepository(OperationLease).countBy({ userId: co.li.id })).toBe(1);
  });

  test('a slot left behind by a crashed server frees itself when its lease expires', async () => {
    for (let i = 0; i < heavySlotsPerUser(); i++) await takeHeavySlot(db, co.li.id, 'Mutation.exportLeads');
    expect(codeOf(await gql(co.as.li, `mutation { ${exportCall('e')} }`))).toBe('TOO_MANY_REQUESTS');
    await db.getRepository(OperationLease).update({ userId: co.li.id, slot: 1 }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await ok(co.as.li, `mutation { ${exportCall('e')} }`)).e.count).toBe(3);
  });

  test('a failing export gives its slot back', async () => {
    const result = await gql(co.as.li, 'mutation { exportLeads(input: { format: CSV, ids: ["999999"] }) { count } }');
    expect(codeOf(result)).toBeDefined();
    expect(await db.getRepository(OperationLease).countBy({ userId: co.li.id })).toBe(0);
  });

  test('parallel attempts to take a slot never hand out more than the limit, nor the same slot twice', async () => {
    const attempts = await Promise.all(Array.from({ length: 12 }, () => takeHeavySlot(db, co.manager.id, 'test')));
    const taken = attempts.filter(Boolean);
    expect(taken).toHaveLength(heavySlotsPerUser());
    expect(new Set(taken.map((l) => l!.slot)).size).toBe(heavySlotsPerUser());
  });
});
