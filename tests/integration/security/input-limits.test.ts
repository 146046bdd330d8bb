// Finding 7: unbounded input. Walks EVERY argument and input field of the built schema (so inputs added by
// any module are covered): every text has a maximum length, every list a maximum size, every nested input is
// validated, and an oversized value anywhere is refused as BAD_USER_INPUT naming the field, before anything runs.
import { DataSource } from 'typeorm';
import {
  GraphQLField, GraphQLInputType, GraphQLSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType,
  isObjectType, isScalarType,
} from 'graphql';
import { createSchema } from '@/graphql/schema';
import { MAX_DECLARED_LENGTH, declaredLimits } from '@/graphql/limits/declared-limits';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, GqlResult, codeOf, gql, sessionCookieFor } from '../../support/api';
import { makeUser, roleByCode, rootDepartment } from '../../support/factories';
import { tableChecksums } from './support';

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

const rootFields = () => [schema.getQueryType()!, schema.getMutationType()!].flatMap((t) => Object.values(t.getFields()).map((f) => ({ kind: t === schema.getQueryType() ? 'query' : 'mutation', field: f })));
const typeText = (type: GraphQLInputType): string => type.toString();

/** A value that passes GraphQL coercion: required input fields only, one list element. */
function skeleton(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return skeleton(type.ofType, depth);
  if (isListType(type)) return [skeleton(type.ofType, depth)];
  if (isEnumType(type)) return type.getValues()[0].value === undefined ? type.getValues()[0].name : type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, skeleton(f.type, depth + 1)]));
  }
  switch (getNamedType(type).name) {
    case 'Int': return 1;
    case 'Float': return 1.5;
    case 'Boolean': return false;
    case 'ID': return '1';
    case 'String': return 'x';
    default: return '2026-01-01T00:00:00.000Z';
  }
}

interface Position { path: string[]; leaf: 'text' | 'list'; type: GraphQLInputType }

/** Every text and list position inside an argument type (input objects followed a few levels deep). */
function positions(type: GraphQLInputType, path: string[], depth = 0): Position[] {
  if (isNonNullType(type)) return positions(type.ofType, path, depth);
  if (isListType(type)) return [{ path, leaf: 'list', type }, ...positions(type.ofType, [...path, '0'], depth)];
  if (isInputObjectType(type)) {
    if (depth > 4) return [];
    return Object.values(type.getFields()).flatMap((f) => positions(f.type, [...path, f.name], depth + 1));
  }
  if (isScalarType(type) && (type.name === 'String' || type.name === 'ID')) return [{ path, leaf: 'text', type }];
  return [];
}

/** Sets `value` at `path` inside `root`, creating skeleton objects on the way. */
function place(root: Record<string, unknown>, argType: GraphQLInputType, path: string[], value: unknown) {
  let target: Record<string, unknown> | unknown[] = root;
  let type: GraphQLInputType = argType;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i];
    while (isNonNullType(type)) type = type.ofType;
    const inner: GraphQLInputType = isListType(type) ? type.ofType : isInputObjectType(type) ? type.getFields()[path[i + 1]]?.type ?? type : type;
    const container = target as Record<string, unknown>;
    if (container[key] === undefined || container[key] === null) container[key] = isListType(type) ? [skeleton(type.ofType)] : skeleton(type);
    target = container[key] as Record<string, unknown>;
    type = isListType(type) ? type.ofType : isInputObjectType(type) ? type.getFields()[path[i + 1]]?.type ?? inner : inner;
    if (isInputObjectType(type) || isNonNullType(type) || isListType(type)) continue;
  }
  (target as Record<string, unknown>)[path[path.length - 1]] = value;
}

function selection(field: GraphQLField<unknown, unknown>) {
  const named = getNamedType(field.type);
  return isObjectType(named) ? '{ __typename }' : '';
}

/** One request with the whole argument list passed as variables, the oversized value at `position`. */
function oversizedCall(kind: string, field: GraphQLField<unknown, unknown>, argName: string, position: Position, value: unknown) {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type) && arg.defaultValue === undefined) variables[arg.name] = skeleton(arg.type);
  const arg = field.args.find((a) => a.name === argName)!;
  place(variables, arg.type, [argName, ...position.path], value);
  const defs = field.args.filter((a) => a.name in variables).map((a) => `$${a.name}: ${typeText(a.type)}`).join(', ');
  const args = field.args.filter((a) => a.name in variables).map((a) => `${a.name}: $${a.name}`).join(', ');
  const query = `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`;
  return { query, variables };
}

const expectedField = (argName: string, path: string[]) => [argName, ...path].join('.').replace(/^input\./, '');

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
    for (const { kind, field } of rootFields()) {
      for (const arg of field.args) {
        for (const position of positions(arg.type, [])) {
          if (position.leaf !== 'text') continue;
          const { query, variables } = oversizedCall(kind, field, arg.name, position, 'x'.repeat(MAX_DECLARED_LENGTH + 1));
          const result: GqlResult = await gql(admin, query, variables);
          checked++;
          const field0 = expectedField(arg.name, position.path);
          const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
          if (codeOf(result) !== 'BAD_USER_INPUT' || !fields.some((f) => f.field === field0)) wrong.push(`${field.name} ${field0}: ${codeOf(result)} ${result.errors?.[0]?.message?.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(100);
    expect(await tableChecksums(db)).toEqual(before);
  });

  test('every list position of every operation argument', async () => {
    const before = await tableChecksums(db);
    const wrong: string[] = [];
    let checked = 0;
    for (const { kind, field } of rootFields()) {
      for (const arg of field.args) {
        for (const position of positions(arg.type, [])) {
          if (position.leaf !== 'list' || !isListType(position.type)) continue;
          const item = skeleton(position.type.ofType);
          const { query, variables } = oversizedCall(kind, field, arg.name, position, Array.from({ length: MAX_DECLARED_ITEMS + 1 }, () => item));
          const result = await gql(admin, query, variables);
          checked++;
          const field0 = expectedField(arg.name, position.path);
          const fields = (result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[];
          if (codeOf(result) !== 'BAD_USER_INPUT' || !fields.some((f) => f.field === field0)) wrong.push(`${field.name} ${field0}: ${codeOf(result)} ${result.errors?.[0]?.message?.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(20);
    expect(await tableChecksums(db)).toEqual(before);
  });

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
});
