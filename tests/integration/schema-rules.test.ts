// The API surface as a whole: every operation has an explicit permission rule and refuses anonymous callers,
// unexpected errors reach clients masked (no stack, no SQL), and the depth limit holds.
import { DataSource } from 'typeorm';
import {
  GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLSchema, getNamedType, isEnumType, isInputObjectType, isListType,
  isNonNullType, isObjectType, isInterfaceType, isUnionType, isScalarType,
} from 'graphql';
import { Customer, User } from '@/entities';
import { createSchema } from '@/graphql/schema';
import { mutationRules, queryRules } from '@/graphql/permissions';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { As, GqlResult, codeOf, gql, ok, tokenFor } from '../support/api';
import { makeContact, makeCustomer, makeUser, roleByCode, rootDepartment } from '../support/factories';

let db: DataSource;
let schema: GraphQLSchema;
let seller: User;
let asSeller: As;

beforeAll(async () => {
  db = await openTestDatabase();
  schema = createSchema();
  seller = await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]);
  asSeller = await tokenFor(db, seller);
  const c = await makeCustomer(db, seller, { name: '深度测试客户有限公司' });
  await makeContact(db, c);
});
afterAll(async () => closeTestDatabase(db));

const operations = (kind: 'Query' | 'Mutation') => Object.values((kind === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {});

/** A syntactically valid literal for an input type: required input fields only, one list element. */
function literal(type: GraphQLInputType): string {
  if (isNonNullType(type)) return literal(type.ofType);
  if (isListType(type)) return `[${literal(type.ofType)}]`;
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${fields.map((f) => `${f.name}: ${literal(f.type)}`).join(', ')} }`;
  }
  const scalar = type as GraphQLNamedType;
  switch (scalar.name) {
    case 'Int': return '1';
    case 'Float': return '1.5';
    case 'Boolean': return 'false';
    case 'DateTimeISO': case 'DateTime': case 'Date': return '"2026-01-01T00:00:00.000Z"';
    default: return '"1"';
  }
}

/** The smallest selection an output type accepts. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isScalarType(named) || isEnumType(named)) return '';
  if (isObjectType(named) || isInterfaceType(named) || isUnionType(named)) return '{ __typename }';
  return '';
}

function operationText(kind: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined).map((a) => `${a.name}: ${literal(a.type)}`);
  return `${kind === 'Query' ? 'query' : 'mutation'} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field)} }`;
}

describe('permission rules', () => {
  test('every Query and Mutation field has its own explicit rule (none relies on the deny fallback), and no rule is stale', () => {
    const missing = [
      ...operations('Query').filter((f) => !Object.hasOwn(queryRules, f.name)).map((f) => `Query.${f.name}`),
      ...operations('Mutation').filter((f) => !Object.hasOwn(mutationRules, f.name)).map((f) => `Mutation.${f.name}`),
    ];
    expect(missing).toEqual([]);
    const queryNames = new Set(operations('Query').map((f) => f.name));
    const mutationNames = new Set(operations('Mutation').map((f) => f.name));
    const stale = [
      ...Object.keys(queryRules).filter((name) => !queryNames.has(name)).map((n) => `Query.${n}`),
      ...Object.keys(mutationRules).filter((name) => !mutationNames.has(name)).map((n) => `Mutation.${n}`),
    ];
    expect(stale).toEqual([]);
    expect(operations('Query').length).toBeGreaterThan(5);
    expect(operations('Mutation').length).toBeGreaterThan(10);
  });

  test('every operation refuses an anonymous caller with UNAUTHENTICATED', async () => {
    const answers: string[] = [];
    for (const kind of ['Query', 'Mutation'] as const) {
      for (const field of operations(kind)) {
        const result = await gql(null, operationText(kind, field));
        const code = codeOf(result) ?? 'ANSWERED';
        if (code !== 'UNAUTHENTICATED') answers.push(`${kind}.${field.name}: ${code} ${result.errors?.[0]?.message ?? ''}`);
      }
    }
    expect(answers).toEqual([]);
  });
});

describe('errors are masked', () => {
  const expectMasked = (result: GqlResult) => {
    expect(codeOf(result)).toBe('INTERNAL_SERVER_ERROR');
    const [error] = result.errors!;
    expect(error.message).toBe('Internal server error');
    expect(Object.keys(error).every((k) => ['message', 'path', 'locations', 'extensions'].includes(k))).toBe(true);
    expect(Object.keys(error.extensions!).every((k) => ['code', 'requestId'].includes(k))).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/SELECT|FROM |WHERE |SQLITE|\bER_[A-Z]|no such table|doesn't exist|[Ss]tack|\.ts:\d+|customer_gone/);
  };

  test('a database failure in a query, a nested field or a permission rule reaches the client as "Internal server error" only', async () => {
    await db.query('ALTER TABLE customer RENAME TO customer_gone');
    try {
      expectMasked(await gql(asSeller, '{ customers { totalCount nodes { id } } }'));
      expectMasked(await gql(asSeller, '{ customer(id: "1") { id } }'));
      // The permission rule of a mutation hits the database first.
      expectMasked(await gql(asSeller, 'mutation { updateCustomer(id: "1", input: { remarks: "x" }) { id } }'));
      // A nested field fails while the rest of the answer stands.
      const nested = await gql(asSeller, '{ contacts { nodes { id customer { id } } } }');
      expectMasked(nested);
    } finally {
      await db.query('ALTER TABLE customer_gone RENAME TO customer');
    }
    expect((await ok(asSeller, '{ customers { totalCount } }')).customers.totalCount).toBe(1);
  });

  test('an unexpected exception thrown inside a service is masked and carries no stack', async () => {
    // The customer list's query builder blows up with a driver-like error that quotes its SQL.
    const original = db.manager.createQueryBuilder.bind(db.manager);
    const spy = jest.spyOn(db.manager, 'createQueryBuilder').mockImplementation(((...args: Parameters<typeof original>) => {
      if ((args[0] as unknown) === Customer) throw Object.assign(new Error("ER_PARSE_ERROR: You have an error in your SQL syntax near 'SELECT * FROM customer WHERE'"), { sql: 'SELECT * FROM customer' });
      return original(...args);
    }) as typeof original);
    try {
      expectMasked(await gql(asSeller, '{ customers { totalCount } }'));
    } finally {
      spy.mockRestore();
    }
  });
});

describe('limits', () => {
  // customer → contacts → customer → contacts …: each hop adds a level.
  const nested = (depth: number) => {
    let inner = 'id';
    for (let level = depth; level > 2; level--) inner = level % 2 ? `contacts { ${inner} }` : `customer { ${inner} }`;
    return `{ customers { nodes { ${inner} } } }`;
  };

  test('a 15-deep query is refused before it runs; a reasonable nesting answers', async () => {
    const deep = await gql(asSeller, nested(15));
    expect(deep.data).toBeUndefined();
    expect(deep.errors?.[0]?.message).toMatch(/depth/i);
    expect(codeOf(deep)).toBe('QUERY_TOO_COMPLEX');
    const fine = await ok(asSeller, nested(6));
    expect(fine.customers.nodes).toHaveLength(1);
  });
});
