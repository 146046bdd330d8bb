// Walks the built schema's inputs for the security tests: a value that passes coercion for any input type,
// every position inside an argument, and building one operation call with a value placed at a position.
import {
  GraphQLField, GraphQLInputType, GraphQLSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType,
  isObjectType,
} from 'graphql';

export type Kind = 'query' | 'mutation';

export const rootFields = (schema: GraphQLSchema, kinds: Kind[] = ['query', 'mutation']) =>
  kinds.flatMap((kind) => Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map((field) => ({ kind, field })));

/** A value that passes GraphQL coercion: required input fields only, one list element. */
export function skeleton(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return skeleton(type.ofType);
  if (isListType(type)) return [skeleton(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => [f.name, skeleton(f.type)]));
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

export interface Position { path: string[]; type: GraphQLInputType }

/** Every position inside an argument type: the argument itself, input fields and list items, a few levels deep. */
export function positions(type: GraphQLInputType, path: string[] = [], depth = 0): Position[] {
  const here = { path, type };
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [here, ...positions(inner.ofType, [...path, '0'], depth)];
  if (isInputObjectType(inner) && depth <= 4) {
    return [here, ...Object.values(inner.getFields()).flatMap((f) => positions(f.type, [...path, f.name], depth + 1))];
  }
  return [here];
}

/** Sets `value` at `rest` below container[key] (of `type`), filling the way with skeleton values. */
export function place(container: Record<string, unknown>, key: string, type: GraphQLInputType, rest: string[], value: unknown) {
  if (!rest.length) { container[key] = value; return; }
  const inner = isNonNullType(type) ? type.ofType : type;
  if (container[key] === undefined || container[key] === null || typeof container[key] !== 'object') container[key] = skeleton(inner);
  const next = container[key] as Record<string, unknown>;
  if (isListType(inner)) place(next, rest[0], inner.ofType, rest.slice(1), value);
  else if (isInputObjectType(inner)) place(next, rest[0], inner.getFields()[rest[0]].type, rest.slice(1), value);
}

const selection = (field: GraphQLField<unknown, unknown>) => (isObjectType(getNamedType(field.type)) ? '{ __typename }' : '');

/** The call with every required argument as a skeleton variable, then `value` placed at `path` of argument `argName`. */
export function callWith(kind: Kind, field: GraphQLField<unknown, unknown>, placements: { argName: string; path: string[]; value: unknown }[]) {
  const variables: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type) && arg.defaultValue === undefined) variables[arg.name] = skeleton(arg.type);
  for (const { argName, path, value } of placements) {
    const arg = field.args.find((a) => a.name === argName)!;
    place(variables, argName, arg.type, path, value);
  }
  const used = field.args.filter((a) => a.name in variables);
  const defs = used.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = used.map((a) => `${a.name}: $${a.name}`).join(', ');
  return { query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''} ${selection(field)} }`, variables };
}
