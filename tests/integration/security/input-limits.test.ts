// Finding 7: unbounded input. Walks EVERY argument and input field of the built schema (so inputs added by
// any module are covered): every text has a maximum length, every list a maximum size, every nested input is
// validated, and an oversized value anywhere is refused as BAD_USER_INPUT naming the field, before anything runs.
import { DataSource } from 'typeorm';
import { GraphQLInputType, GraphQLSchema, getNamedType, isInputObjectType, isListType, isNonNullType, isScalarType } from 'graphql';
import { createSchema } from '@/graphql/schema';
import { MAX_DECLARED_LENGTH, declaredLimits } from '@/graphql/limits/declared-limits';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, GqlResult, codeOf, gql, sessionCookieFor } from '../../support/api';
import { makeUser, roleByCode, rootDepartment } from '../../support/factories';
import { tableChecksums } from './support';
import { Position, callWith, positions, rootFields, skeleton } from './schema-walk';

/** No list may be longer than this, declared or not (lib/access requireIds takes 500 ids). */
const MAX_DECLARED_ITEMS = 1000;
const MEGABYTE = 'x'.repeat(1024 * 1024);

let db: DataSource;
let schema: GraphQLSchema;
let admin: As;

beforeAll(async () => {
  db = await openTestDatabase();
  schema = createSchema();
  admin = await sessionCookieFor(await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SUPER_ADMIN')]));
});
afterAll(async () => closeTestDatabase(db));

/** As the services name fields: relative to an input object argument; a text item of a list by its list. */
function expectedField(argType: GraphQLInputType, argName: string, path: string[]) {
  const objectArgument = isInputObjectType(isNonNullType(argType) ? argType.ofType : argType);
  const parts = objectArgument ? [...path] : [argName, ...path];
  if (parts[parts.length - 1] === '0') parts.pop();
  return parts.join('.');
}

/** Text positions (String, ID) and list positions of an argument. */
const leafOf = (p: Position) => {
  const inner = isNonNullType(p.type) ? p.type.ofType : p.type;
  if (isListType(inner)) return 'list';
  return isScalarType(inner) && (inner.name === 'String' || inner.name === 'ID') ? 'text' : null;
};

describe('the schema declares bounded inputs', () => {
  test('every nested input object is validated (@ValidateNested), so the rules of its class run', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (isInputObjectType(getNamedType(field.type)) && !declaredLimits(type.name, field.name).nestedValidated) missing.push(`${type.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test('no declared text or list limit is above the ceilings', () => {
    const tooBig: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const limits = declaredLimits(type.name, field.name);
        if ((limits.maxLength ?? 0) > MAX_DECLARED_LENGTH || (limits.maxItems ?? 0) > MAX_DECLARED_ITEMS) tooBig.push(`${type.name}.${field.name}`);
      }
    }
    expect(tooBig).toEqual([]);
  });
});

describe('an oversized value anywhere is BAD_USER_INPUT naming the field, and nothing runs', () => {
  test('every text position of every operation argument (nested inputs and list items included)', async () => {
    const before = await tableChecksums(db);
    const wrong: string[] = [];
    let checked = 0;
    for (const { kind, field } of rootFields(schema)) {
      for (const arg of field.args) {
        for (const position of positions(arg.type)) {
          if (leafOf(position) !== 'text') continue;
          const { query, variables } = callWith(kind, field, [{ argName: arg.name, path: position.path, value: 'x'.repeat(MAX_DECLARED_LENGTH + 1) }]);
          const result: GqlResult = await gql(admin, query, variables);
          checked++;
          const field0 = expectedField(arg.type, arg.name, position.path);
          const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
          if (codeOf(result) !== 'BAD_USER_INPUT' || !fields.some((f) => f.field === field0)) wrong.push(`${field.name} ${field0}: ${codeOf(result)} ${result.errors?.[0]?.message?.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(100);
    expect(await tableChecksums(db)).toEqual(before);
  }, 600_000);

  test('every list position of every operation argument', async () => {
    const before = await tableChecksums(db);
    const wrong: string[] = [];
    let checked = 0;
    for (const { kind, field } of rootFields(schema)) {
      for (const arg of field.args) {
        for (const position of positions(arg.type)) {
          const list = isNonNullType(position.type) ? position.type.ofType : position.type;
          if (!isListType(list)) continue;
          const item = skeleton(list.ofType);
          const { query, variables } = callWith(kind, field, [{ argName: arg.name, path: position.path, value: Array.from({ length: MAX_DECLARED_ITEMS + 1 }, () => item) }]);
          const result = await gql(admin, query, variables);
          checked++;
          const field0 = expectedField(arg.type, arg.name, position.path);
          const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
          if (codeOf(result) !== 'BAD_USER_INPUT' || !fields.some((f) => f.field === field0)) wrong.push(`${field.name} ${field0}: ${codeOf(result)} ${result.errors?.[0]?.message?.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(await tableChecksums(db)).toEqual(before);
  }, 600_000);

  test('a 1 MB keyword in userDirectory and in the nested filter of exportLeads', async () => {
    const direct = await gql(admin, 'query($k: String) { userDirectory(keyword: $k) { id } }', { k: MEGABYTE });
    expect(codeOf(direct)).toBe('BAD_USER_INPUT');
    expect(direct.errors![0].extensions!.fields).toEqual([{ field: 'keyword', message: 'must be at most 2000 characters' }]);
    const literal = await gql(admin, `{ userDirectory(keyword: "${MEGABYTE}") { id } }`);
    expect(codeOf(literal)).toBe('BAD_USER_INPUT');
    const nested = await gql(admin, 'mutation($input: ExportLeadsInput!) { exportLeads(input: $input) { count } }', { input: { format: 'CSV', filter: { keyword: MEGABYTE } } });
    expect(codeOf(nested)).toBe('BAD_USER_INPUT');
    expect(nested.errors![0].extensions!.fields).toEqual([{ field: 'filter.keyword', message: 'must be at most 100 characters' }]);
  });

  test('the declared limit of a field is the one enforced (101 characters for a 100-character keyword)', async () => {
    const result = await gql(admin, 'mutation($input: ExportLeadsInput!) { exportLeads(input: $input) { count } }', { input: { format: 'CSV', filter: { keyword: 'k'.repeat(101) } } });
    expect(result.errors![0].extensions!.fields).toEqual([{ field: 'filter.keyword', message: 'must be at most 100 characters' }]);
    const fits = await gql(admin, 'mutation($input: ExportLeadsInput!) { exportLeads(input: $input) { count } }', { input: { format: 'CSV', filter: { keyword: '中'.repeat(100) } } });
    expect(fits.errors).toBeUndefined();
  });

  test('arguments of nested fields are held too (a customer timeline with an oversized kinds list)', async () => {
    const result = await gql(admin, 'query($k: [String!]) { customers { nodes { timeline(kinds: $k) { totalCount } } } }', { k: Array.from({ length: MAX_DECLARED_ITEMS + 1 }, () => 'FOLLOW_UP') });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.fields[0].field).toBe('kinds');
  });

  test('an id that is not a record id is BAD_USER_INPUT naming the field (never NaN in a service: revokeApiToken answered 500)', async () => {
    for (const id of ['ＮＥＷ', 'abc', '-1', '01', '1.5', '1e3', '99999999999999999999', "1' OR '1'='1", '']) {
      const one = await gql(admin, 'mutation($id: ID!) { revokeApiToken(id: $id) { id } }', { id });
      expect([id, codeOf(one), one.errors?.[0]?.extensions?.fields]).toEqual([id, 'BAD_USER_INPUT', [{ field: 'id', message: 'is not a valid id' }]]);
    }
    const nested = await gql(admin, 'mutation($input: TransferCustomersInput!) { transferCustomers(input: $input) { __typename } }', { input: { ids: ['1', 'x'], toUserId: '1' } });
    expect(nested.errors?.[0]?.extensions?.fields).toEqual([{ field: 'ids', message: 'is not a valid id' }]);
  });
});
