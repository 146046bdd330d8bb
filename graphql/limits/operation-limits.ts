// Validation rule against amplification: one request may not multiply work through aliases or many root
// fields, and its root fields have weights (a mutation more than a read, an export or import far more), so
// 200 aliased exports are refused before the first one starts. Refusals carry code QUERY_TOO_COMPLEX.
import {
  ASTVisitor, FieldNode, FragmentDefinitionNode, GraphQLError, GraphQLObjectType, OperationDefinitionNode, SelectionSetNode,
  ValidationContext, Kind,
} from 'graphql';
import { Extensions } from 'type-graphql';

export const OPERATION_LIMITS = {
  maxAliases: Number(process.env.GRAPHQL_MAX_ALIASES ?? 30),
  maxRootFields: Number(process.env.GRAPHQL_MAX_ROOT_FIELDS ?? 30),
  maxWeight: Number(process.env.GRAPHQL_MAX_WEIGHT ?? 300),
};

export const WEIGHTS = { query: 1, mutation: 10, heavy: 150 };

/**
 * Marks an operation as heavy (exports, imports, big reports): it weighs WEIGHTS.heavy, so a request holds at
 * most two, and it runs only while its user holds one of their few heavy-operation slots (heavy-operations.ts).
 */
export const Heavy = () => Extensions({ heavy: true });

export const isHeavy = (extensions: Record<string, unknown> | null | undefined) => extensions?.heavy === true;

export const tooComplex = (message: string, limit: string, max?: number, found?: number) =>
  new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, ...(max === undefined ? {} : { max, found }) } });

/** Root fields and aliases of the operation, fragments expanded (each fragment once, so cycles end). */
function collect(context: ValidationContext, set: SelectionSetNode, root: boolean, seen: Set<string>, acc: { aliases: number; roots: FieldNode[] }) {
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.alias) acc.aliases++;
      if (root) acc.roots.push(selection);
      if (selection.selectionSet) collect(context, selection.selectionSet, false, seen, acc);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collect(context, selection.selectionSet, root, seen, acc);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(selection.name.value);
      if (fragment) collect(context, fragment.selectionSet, root, seen, acc);
    }
  }
}

function weightOf(rootType: GraphQLObjectType | null | undefined, kind: OperationDefinitionNode['operation'], field: FieldNode) {
  const definition = rootType?.getFields()[field.name.value];
  if (isHeavy(definition?.extensions as Record<string, unknown>)) return WEIGHTS.heavy;
  return kind === 'mutation' ? WEIGHTS.mutation : WEIGHTS.query;
}

export function operationLimitsRule(limits = OPERATION_LIMITS) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const acc = { aliases: 0, roots: [] as FieldNode[] };
      collect(context, operation.selectionSet, true, new Set(), acc);
      if (acc.aliases > limits.maxAliases) {
        context.reportError(tooComplex(`Too many aliases: ${acc.aliases} (at most ${limits.maxAliases})`, 'aliases', limits.maxAliases, acc.aliases));
        return;
      }
      if (acc.roots.length > limits.maxRootFields) {
        context.reportError(tooComplex(`Too many top-level fields: ${acc.roots.length} (at most ${limits.maxRootFields})`, 'rootFields', limits.maxRootFields, acc.roots.length));
        return;
      }
      const schema = context.getSchema();
      const rootType = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
      const weight = acc.roots.reduce((sum, field) => sum + weightOf(rootType, operation.operation, field), 0);
      if (weight > limits.maxWeight) {
        context.reportError(tooComplex(`Operation too expensive: weight ${weight} (at most ${limits.maxWeight})`, 'weight', limits.maxWeight, weight));
      }
    },
  });
}
