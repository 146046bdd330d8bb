// Finding 9: with introspection off, error messages must not teach the schema either: no "Did you mean …"
// for a mistyped operation, field, argument, type, enum value or input field, anonymous or signed in.
process.env.GRAPHQL_INTROSPECTION = 'false';

import { DataSource } from 'typeorm';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, gql, sessionCookieFor } from '../../support/api';
import { makeUser, roleByCode, rootDepartment } from '../../support/factories';

let db: DataSource;
let seller: As;
beforeAll(async () => {
  db = await openTestDatabase();
  seller = await sessionCookieFor(await makeUser(db, await rootDepartment(db), [await roleByCode(db, 'SALES')]));
});
afterAll(async () => closeTestDatabase(db));

// Each probe is one letter away from a real name, which graphql-js would otherwise suggest.
const probes: [string, string, Record<string, unknown>, string][] = [
  ['a mistyped query field', '{ custmers { totalCount } }', {}, '"customers"'],
  ['a mistyped mutation', 'mutation { createCustomr(input: { name: "x" }) { id } }', {}, '"createCustomer"'],
  ['a mistyped sub-field', '{ customers { totalCont } }', {}, '"totalCount"'],
  ['a mistyped argument', '{ customers(filtr: {}) { totalCount } }', {}, '"filter"'],
  ['a mistyped variable type', 'query($f: CustomerFiltr) { customers(filter: $f) { totalCount } }', {}, '"CustomerFilter"'],
  ['a mistyped enum literal', '{ leads(filter: { status: NEWW }) { totalCount } }', {}, '"NEW"'],
  ['a mistyped input field literal', '{ leads(filter: { keywrd: "x" }) { totalCount } }', {}, '"keyword"'],
  ['a mistyped enum in a variable', 'query($f: LeadFilter) { leads(filter: $f) { totalCount } }', { f: { status: 'NEWW' } }, '"NEW"'],
  ['a mistyped input field in a variable', 'query($f: LeadFilter) { leads(filter: $f) { totalCount } }', { f: { keywrd: 'x' } }, '"keyword"'],
];

describe.each([['anonymous', false], ['signed in', true]] as const)('%s callers', (_who, signedIn) => {
  test.each(probes)('%s is refused without a suggestion', async (_name, query, variables, suggestion) => {
    const result = await gql(signedIn ? seller : null, query, variables);
    expect(result.errors?.length).toBeGreaterThan(0);
    const text = JSON.stringify(result.errors);
    expect(text).not.toMatch(/Did you mean/i);
    expect(text).not.toContain(suggestion.replace(/"/g, '\\"'));
  });

  test('introspection itself is refused', async () => {
    const result = await gql(signedIn ? seller : null, '{ __schema { types { name } } }');
    expect(result.data?.__schema).toBeUndefined();
    expect(result.errors?.length).toBeGreaterThan(0);
    const typeProbe = await gql(signedIn ? seller : null, '{ __type(name: "Customer") { fields { name } } }');
    expect(typeProbe.data?.__type).toBeUndefined();
  });
});
