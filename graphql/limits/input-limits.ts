// Before anything runs, every argument of the operation (literals and variables, nested inputs, lists) is
// held to its size limit: text to its maximum length, lists to their maximum size, and every id must be a
// record id. A violation is BAD_USER_INPUT naming the field, so no resolver, query or LIKE pattern ever sees
// a megabyte keyword or an id that is not a number.
import {
  DocumentNode, FieldNode, GraphQLArgument, GraphQLError, GraphQLInputType, GraphQLNamedType, GraphQLSchema,
  OperationDefinitionNode, SelectionSetNode, getArgumentValues, getNamedType, getVariableValues, isCompositeType,
  isInputObjectType, isListType, isNonNullType, isObjectType, isInterfaceType, isScalarType, Kind,
} from 'graphql';
import type { FieldError } from '@/lib/errors';
import { DEFAULT_MAX_ITEMS, DEFAULT_MAX_LENGTH, ID_MAX_LENGTH, declaredLimits } from './declared-limits';

const MAX_REPORTED = 20;

interface Limits { maxLength?: number; maxItems?: number }

/** Every record id is a non-negative integer (0 matches no record): anything else ("abc", "-1", "１", "1e3",
 * 2^64) is refused here, so no service ever turns an id into NaN or a rounded number. */
const isRecordId = (value: string) => /^(0|[1-9][0-9]{0,15})$/.test(value) && Number.isSafeInteger(Number(value));

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
    // An item of an object list is named by its index (lines.0.remarks); a text or id item by its list (ids).
    const objects = isInputObjectType(getNamedType(type.ofType));
    value.forEach((item, i) => checkValue(item, type.ofType, objects ? `${field}.${i}` : field, { maxLength: limits.maxLength }, problems));
    return;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const inner of Object.values(type.getFields())) {
      checkValue(record[inner.name], inner.type, field ? `${field}.${inner.name}` : inner.name, declaredLimits(type.name, inner.name), problems);
    }
    return;
  }
  if (isScalarType(type) && typeof value === 'string') {
    const max = type.name === 'ID' ? Math.max(ID_MAX_LENGTH, limits.maxLength ?? 0) : limits.maxLength ?? DEFAULT_MAX_LENGTH;
    if (textLength(value, max) > max) problems.push({ field, message: `must be at most ${max} characters` });
    else if (type.name === 'ID' && !isRecordId(value)) problems.push({ field, message: 'is not a valid id' });
  }
}

/** Fields are named as the services name them: inside an input object argument (input, filter) by their own path. */
function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>, problems: FieldError[]) {
  for (const arg of args) {
    const objectArgument = isInputObjectType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
    checkValue(values[arg.name], arg.type, objectArgument ? '' : arg.name, {}, problems);
  }
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

/**
 * Why the operation's inputs are refused, or null when they pass: variables that do not coerce (the first
 * problem only: graphql-js gives up on a long list of bad items with an error that has no code), then sizes.
 */
export function inputProblem(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined): GraphQLError | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {}, { maxErrors: 10 });
  if (coerced.errors) return badInput(coerced.errors[0].message, {});
  const problems: FieldError[] = [];
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  walk(schema, document, root, operation.selectionSet, coerced.coerced, problems, new Set());
  if (!problems.length) return null;
  return badInput(problems.map((p) => `${p.field}: ${p.message}`).join('; '), { fields: problems });
}

const badInput = (message: string, extra: Record<string, unknown>) =>
  new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', ...extra, http: { status: 400 } } });
