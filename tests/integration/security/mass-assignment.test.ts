// Bug class: mass assignment. Owner, creator, codes, timestamps, deletion, status, credentials and rights change only
// through their own operations: no mutation input declares such a field unless it is listed below with the reason it
// is safe (walked from the schema, so a new input is checked without being named); a field an input does not
// declare is refused, never ignored or stored; and the few statuses users may set stop short of the ones only an
// operation reaches.
import { GraphQLInputObjectType, GraphQLSchema, getNamedType, isInputObjectType, isNonNullType } from 'graphql';
import { DataSource } from 'typeorm';
import { Customer, Lead, User } from '@/entities';
import { createSchema } from '@/graphql/schema';
import { closeTestDatabase, openTestDatabase } from '../../support/database';
import { As, codeOf, gql, ok, tokenFor } from '../../support/api';
import { makeCustomer, makeUser, roleByCode, rootDepartment } from '../../support/factories';
import { tableChecksums } from './support';
import { skeleton } from './schema-walk';

/** Field names that must not be settable through create/update inputs. */
const PROTECTED = new Set([
  'id', 'ownerId', 'owner', 'createdById', 'createdBy', 'authorId', 'convertedById', 'createdAt', 'updatedAt', 'deletedAt', 'code', 'nameKey',
  'password', 'passwordHash', 'sessionVersion', 'mustChangePassword', 'tokenHash', 'prefix', 'revokedAt', 'lastLoginAt', 'builtin', 'locked',
  'lockedAt', 'poolId', 'status', 'dealStatus', 'approvedAt', 'closedAt', 'convertedAt', 'convertedCustomerId', 'readAt', 'lastFollowUpAt',
  'enabled', 'roleIds', 'permissions', 'departmentId', 'userId', 'assigneeId',
]);

/** The protected names some inputs do declare, each with why that is safe. */
const ALLOWED: Record<string, string> = {
  'CreateUserInput.password': 'the initial password an administrator sets; the user must change it at the first sign-in',
  'CreateUserInput.roleIds': 'user administration, bounded by the administrator\'s own rights (lib/org/user-policy.ts)',
  'UpdateUserInput.roleIds': 'user administration, bounded by the administrator\'s own rights (lib/org/user-policy.ts)',
  'CreateUserInput.departmentId': 'placement, within a manager\'s subtree and judged for SELF_AND_CHILDREN (user-policy)',
  'UpdateUserInput.departmentId': 'placement, within a manager\'s subtree and judged for SELF_AND_CHILDREN (user-policy)',
  'CreatePositionInput.departmentId': 'a position is created in a department (system:department)',
  'CustomDepartmentInput.departmentId': 'a CUSTOM scope choice, bounded by the editor\'s rights (role-breadth)',
  'PoolDepartmentInput.departmentId': 'a pool membership choice (pool administration)',
  'CreateRoleInput.permissions': 'role editing, bounded by the editor\'s own rights (role-breadth)',
  'UpdateRoleInput.permissions': 'role editing, bounded by the editor\'s own rights (role-breadth)',
  'CreateLeadInput.status': 'a working status (NEW, CONTACTED, QUALIFIED, INVALID); CONVERTED only by conversion (checked below)',
  'UpdateLeadInput.status': 'a working status (NEW, CONTACTED, QUALIFIED, INVALID); CONVERTED only by conversion (checked below)',
  'CreateProductInput.status': 'on sale or not: the product catalogue is product:manage\'s to set',
  'UpdateProductInput.status': 'on sale or not: the product catalogue is product:manage\'s to set',
  'SaveApprovalFlowInput.enabled': 'approval settings (system:settings)',
  'OpportunityStageInput.enabled': 'stage settings (system:settings)',
  'UpdateDictionaryOptionInput.enabled': 'disabling a dictionary option (system:dictionary)',
  'UpdateCustomFieldInput.enabled': 'disabling a custom field (system:customField); its values stay stored',
  'UpdateNumberingRuleInput.prefix': 'the prefix of new record codes: the numbering rule itself (system:numbering), not a record\'s code',
  'ApprovalFlowStepInput.userId': 'the approver a step names (system:settings; must hold contract:approve)',
  'CreateTaskInput.assigneeId': 'assigning is checked against the task write scope (a leader assigns within it)',
  'UpdateTaskInput.assigneeId': 'assigning is checked against the task write scope (a leader assigns within it)',
  'OffboardUserInput.userId': 'the user being offboarded, authorised exactly like disabling them',
  'ImportOptionsInput.owner': 'who imported records belong to: the importer, or users within the importer\'s write scope (lib/import/owners.ts)',
  'ImportOptionsInput.ownerId': 'the colleague imported records go to, checked against the importer\'s write scope like a transfer target',
};

let db: DataSource;
let schema: GraphQLSchema;
let seller: User;
let asSeller: As;
let asAdmin: As;

beforeAll(async () => {
  db = await openTestDatabase();
  schema = createSchema();
  const root = await rootDepartment(db);
  seller = await makeUser(db, root, [await roleByCode(db, 'SALES')]);
  asSeller = await tokenFor(db, seller);
  asAdmin = await tokenFor(db, await makeUser(db, root, [await roleByCode(db, 'SUPER_ADMIN')]));
  await makeCustomer(db, seller, { name: '赋值测试客户有限公司' });
});
afterAll(async () => closeTestDatabase(db));

/** Every input object type reachable from a mutation's arguments (filters and orderings excepted: they set nothing). */
function mutationInputs(): GraphQLInputObjectType[] {
  const seen = new Map<string, GraphQLInputObjectType>();
  const visit = (type: Parameters<typeof getNamedType>[0]) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name) || /(Filter|Order)$/.test(named.name)) return;
    seen.set(named.name, named);
    for (const f of Object.values(named.getFields())) visit(f.type);
  };
  for (const field of Object.values(schema.getMutationType()!.getFields())) for (const arg of field.args) visit(arg.type);
  return [...seen.values()];
}

test('no mutation input declares an owner, creator, code, timestamp, status, credential or right unless listed with its reason', () => {
  const declared = mutationInputs().flatMap((input) => Object.keys(input.getFields()).filter((f) => PROTECTED.has(f)).map((f) => `${input.name}.${f}`));
  expect(declared.filter((name) => !(name in ALLOWED))).toEqual([]);
  // Allowances that no input needs any more are removed, so the list stays a true account.
  expect(Object.keys(ALLOWED).filter((name) => !declared.includes(name))).toEqual([]);
});

test('a field the input does not declare is refused as BAD_USER_INPUT, for every mutation input, and nothing is written', async () => {
  const problems: string[] = [];
  for (const field of Object.values(schema.getMutationType()!.getFields())) {
    const arg = field.args.find((a) => isInputObjectType(getNamedType(a.type)));
    if (!arg) continue;
    const input = getNamedType(arg.type) as GraphQLInputObjectType;
    const extra = ['ownerId', 'createdById', 'deletedAt', 'code', 'status', 'roleIds'].find((f) => !(f in input.getFields()))!;
    const variables: Record<string, unknown> = {};
    for (const a of field.args) if (isNonNullType(a.type) || a === arg) variables[a.name] = skeleton(a.type);
    (variables[arg.name] as Record<string, unknown>)[extra] = extra === 'roleIds' ? [String(seller.id)] : String(seller.id);
    const used = field.args.filter((a) => a.name in variables);
    const query = `mutation(${used.map((a) => `$${a.name}: ${a.type}`).join(', ')}) { ${field.name}(${used.map((a) => `${a.name}: $${a.name}`).join(', ')}) { __typename } }`;
    for (const as of [asSeller, asAdmin]) {
      const before = await tableChecksums(db);
      const result = await gql(as, query.replace('{ __typename }', 'getFields' in getNamedType(field.type) ? '{ __typename }' : ''), variables);
      if (codeOf(result) !== 'BAD_USER_INPUT') problems.push(`${field.name} with ${input.name}.${extra}: ${codeOf(result) ?? 'accepted'}`);
      const after = await tableChecksums(db);
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      if (changed.length) problems.push(`${field.name} with ${input.name}.${extra} wrote ${changed.join(', ')}`);
    }
  }
  expect(problems).toEqual([]);
});

test('a lead reaches CONVERTED only by conversion, and a customer\'s owner only by transfer, claim or assignment', async () => {
  const before = await tableChecksums(db);
  for (const [query, variables] of [
    ['mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }', { input: { name: '假转化线索', status: 'CONVERTED' } }],
  ] as const) {
    const result = await gql(asSeller, query, variables);
    expect([codeOf(result), result.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', 'status']);
  }
  expect(await tableChecksums(db)).toEqual(before);
  const lead = (await ok(asSeller, 'mutation { createLead(input: { name: "真线索" }) { id } }')).createLead;
  const converted = await gql(asSeller, 'mutation($id: ID!) { updateLead(id: $id, input: { status: CONVERTED }) { id } }', { id: lead.id });
  expect(codeOf(converted)).toBe('BAD_USER_INPUT');
  expect((await db.getRepository(Lead).findOneByOrFail({ id: Number(lead.id) })).status).not.toBe('CONVERTED');
  // The customer input has no owner: the creator owns what they create, whatever else the request carries.
  const created = await gql(asSeller, 'mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }', { input: { name: '赋值测试二有限公司', ownerId: '1' } });
  expect(codeOf(created)).toBe('BAD_USER_INPUT');
  expect(await db.getRepository(Customer).countBy({ name: '赋值测试二有限公司' })).toBe(0);
});
