// Before anything runs, every argument of the operation (literals and variables, nested inputs, lists) is
// held to its size limit: text to its maximum length, lists to their maximum size. An oversized value is
// BAD_USER_INPUT naming the field, so no resolver, query or LIKE pattern ever sees a megabyte keyword.
import {
  DocumentNode, FieldNode, GraphQLArgument, GraphQLError, GraphQLInputType, GraphQLNamedType, GraphQLSchema,
  OperationDefinitionNode, SelectionSetNode, getArgumentValues, getNamedType, getVariableValues, isCompositeType,
  isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType, isScalarType, Kind,
} from 'graphql';
import type { FieldError } from '@/lib/errors';
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_LENGTH, ID_MAX_LENGTH, declaredLimits } from './declared-limits';

const MAX_REPORTED = 20;

interface Limits { maxLength?: number; maxItems?: number }

/** Characters as users count them (code points); cheap when the UTF-16 length already fits. */
function textLength(value: string, max: number) {
  return value.length <= max ? value.length : [...value].length;
}

function checkValue(value: unknown, type: GraphQLInputType, field: string, limits: Limits, problems: FieldError[]) {
  if (value === null || value === undefined || problems.length >= MAX_REPORTED) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, field, limits, problems);
  if (isListType(type)) {
    if (!Array.isArray(value)) return checkValue(value, type.ofType, field, limits, problems);
    const max = limits.maxItems ?? DEFAULT_MAX_ITEMS;
    if (value.length > max) return void problems.push({ field, message: `must have at most ${max} items` });
    value.forEach((item, i) => checkValue(item, type.ofType, `${field}.${i}`, { maxLength: limits.maxLength }, problems));
    return;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const inner of Object.values(type.getFields())) {
      checkValue(record[inner.name], inner.type, `${field}.${inner.name}`, declaredLimits(type.name, inner.name), problems);
    }
    return;
  }
  if (isScalarType(type) && typeof value === 'string') {
    const max = type.name === 'ID' ? Math.max(ID_MAX_LENGTH, limits.maxLength ?? 0) : limits.maxLength ?? DEFAULT_MAX_LENGTH;
    if (textLength(value, max) > max) problems.push({ field, message: `must be at most ${max} characters` });
  }
}

function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>, problems: FieldError[]) {
  for (const arg of args) checkValue(values[arg.name], arg.type, arg.name, {}, problems);
}

/** Walks the operation's fields (through fragments) and checks the arguments of each. */
function walk(schema: GraphQLSchema, document: DocumentNode, type: GraphQLNamedType | undefined | null, set: SelectionSetNode | undefined,
  variables: Record<string, unknown>, problems: FieldError[], seen: Set<string>) {
  if (!set || !type) return;
  for (const selection of set.selections) {
    if (problems.length >= MAX_REPORTED) return;
    if (selection.kind === Kind.FIELD) {
      checkField(schema, document, type, selection, variables, problems, seen);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
      walk(schema, document, on, selection.selectionSet, variables, problems, seen);
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === name);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) walk(schema, document, schema.getType(fragment.typeCondition.name.value), fragment.selectionSet, variables, problems, seen);
    }
  }
}

function checkField(schema: GraphQLSchema, document: DocumentNode, parent: GraphQLNamedType, node: FieldNode,
  variables: Record<string, unknown>, problems: FieldError[], seen: Set<string>) {
  if (!isObjectType(parent) && !isInterfaceType(parent)) return;
  const definition = parent.getFields()[node.name.value];
  if (!definition) return;
  if (definition.args.length && node.arguments?.length) {
    // Literals that do not coerce are left to execution, which reports them as BAD_USER_INPUT itself.
    try { checkArguments(definition.args, getArgumentValues(definition, node, variables), problems); } catch { /* see above */ }
  }
  const inner = getNamedType(definition.type);
  if (isCompositeType(inner)) walk(schema, document, inner, node.selectionSet, variables, problems, new Set(seen));
}

/** The size problems of an operation's inputs (empty when everything fits). */
export function inputSizeProblems(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined): FieldError[] {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 1 });
  // Variables that do not coerce are refused by execution with BAD_USER_INPUT; nothing runs either way.
  if (coerced.errors) return [];
  const problems: FieldError[] = [];
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  walk(schema, document, root, operation.selectionSet, coerced.coerced, problems, new Set());
  return problems.map((p) => ({ field: p.field.replace(/^input\./, ''), message: p.message }));
}

export function inputSizeError(problems: FieldError[]) {
  return new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', fields: problems, http: { status: 400 } },
  });
}
