// Helpers of the filter-as-oracle test: every list of the schema with every leaf of its arguments (found by walking
// the built schema, so a new list or filter is probed without anyone listing it), a selection for its answer, and
// the call with a value placed at one leaf.
import {
  GraphQLField, GraphQLInputType, GraphQLObjectType, GraphQLOutputType, GraphQLSchema, getNamedType, isEnumType, isInputObjectType,
  isListType, isNonNullType, isObjectType, isScalarType,
} from 'graphql';

/** Arguments that page or sort rather than filter. */
const PAGING = new Set(['first', 'after', 'offset', 'orderBy', 'last', 'before']);

export interface Leaf {
  /** Path from the argument name down, list items as '0': ['filter', 'ownerIds', '0']. */
  path: string[];
  /** The last name on the path that is not a list index: what the leaf is called. */
  name: string;
  type: GraphQLInputType;
}

export interface ListOperation { field: GraphQLField<unknown, unknown>; leaves: Leaf[]; connection: boolean }

function leavesOf(type: GraphQLInputType, path: string[], name: string, depth = 0): Leaf[] {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return leavesOf(inner.ofType, [...path, '0'], name, depth);
  if (isInputObjectType(inner) && depth < 4) {
    return Object.values(inner.getFields()).flatMap((f) => leavesOf(f.type, [...path, f.name], f.name, depth + 1));
  }
  return [{ path, name, type: inner }];
}

const unwrap = (type: GraphQLOutputType) => (isNonNullType(type) ? type.ofType : type);

/**
 * SPEC 2.3's one deliberate exception: 查重 searches the whole company by design and answers only code, name, owner
 * and department (tests/integration/duplicate-search.test.ts holds it to exactly that).
 */
export const DELIBERATE_EXCEPTIONS = new Set(['duplicateCustomers']);

/** Every Query field answering a list or a connection, with the leaves of its non-paging arguments. */
export function listOperations(schema: GraphQLSchema): ListOperation[] {
  return Object.values(schema.getQueryType()!.getFields()).filter((field) => !DELIBERATE_EXCEPTIONS.has(field.name)).flatMap((field) => {
    const named = getNamedType(field.type);
    const connection = isObjectType(named) && 'totalCount' in named.getFields();
    if (!connection && !isListType(unwrap(field.type))) return [];
    const leaves = field.args.filter((a) => !PAGING.has(a.name)).flatMap((a) => leavesOf(a.type, [a.name], a.name));
    return leaves.length ? [{ field, leaves, connection }] : [];
  });
}

/** What to select: totalCount and node ids for a connection; otherwise ids and scalars two levels deep. */
export function selectionFor(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const fields = named.getFields();
  if ('totalCount' in fields && 'nodes' in fields) return '{ totalCount nodes { id } }';
  const parts: string[] = [];
  for (const f of Object.values(fields)) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const inner = getNamedType(f.type);
    if (isScalarType(inner) || isEnumType(inner)) { if (depth < 2 || f.name === 'id') parts.push(f.name); continue; }
    if (depth < 2 && isObjectType(inner)) {
      const nested = selectionFor(f.type, depth + 1);
      if (nested) parts.push(`${f.name} ${nested}`);
    }
  }
  if (!parts.length && 'id' in fields) parts.push('id');
  return parts.length ? `{ ${parts.join(' ')} }` : (isObjectType(named as GraphQLObjectType) ? '{ __typename }' : '');
}

/** Sets `value` at `path` inside `variables` (creating objects and one-element lists on the way). */
export function setAt(variables: Record<string, unknown>, path: string[], value: unknown) {
  let at: Record<string, unknown> = variables;
  path.forEach((key, i) => {
    if (i === path.length - 1) { at[key] = value; return; }
    const nextIsIndex = path[i + 1] === '0';
    if (at[key] === undefined || at[key] === null) at[key] = nextIsIndex ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
}

/** The operation text declaring every argument that `variables` gives, with a large page. */
export function queryText(op: ListOperation, variables: Record<string, unknown>): string {
  const used = op.field.args.filter((a) => a.name in variables);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const paging = op.field.args.some((a) => a.name === 'first') ? ['first: 200'] : [];
  const args = [...used.map((a) => `${a.name}: $${a.name}`), ...paging].join(', ');
  return `query${defs ? `(${defs})` : ''} { ${op.field.name}${args ? `(${args})` : ''} ${selectionFor(op.field.type)} }`;
}
