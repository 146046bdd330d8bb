// Relay cursor connections: `edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`.
import { ArgsType, ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import { Page, encodeCursor } from '@/lib/pagination';

@ObjectType('PageInfo')
export class PageInfo {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => Boolean) hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgsInput {
  @Field(() => Int, { nullable: true, description: 'Page size, at most 200 (default 20)' }) @Min(0) @Max(200) first?: number;
  @Field(() => String, { nullable: true, description: 'Cursor of the last edge already seen' }) after?: string;
  @Field(() => Int, { nullable: true, description: 'Skip this many rows instead of a cursor (page-number UIs)' }) @Min(0) offset?: number;
}

export enum SortDirection { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(SortDirection, { name: 'SortDirection' });

/**
 * The fields of a list's `orderBy` input (`field` of the module's sort enum, `direction` DESC by default). A module
 * declares its own named input over it: `@InputType('CustomerOrder') class CustomerOrderInput extends OrderFields<…>(…) {}`.
 */
export function OrderFields<F extends string>(sortField: object) {
  @InputType({ isAbstract: true } as never)
  abstract class Order {
    @Field(() => sortField) field: F;
    @Field(() => SortDirection, { defaultValue: SortDirection.DESC }) direction: SortDirection;
  }
  return Order;
}

export function Connection<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => String) cursor: string;
    @Field(() => Node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => [Node]) nodes: T[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int, { description: 'How many rows match; at most 10 000 unless totalCountExact' }) totalCount: number;
    @Field(() => Boolean, { description: 'False when counting stopped at 10 000: show "10 000+"' }) totalCountExact: boolean;
  }
  return ConnectionType;
}

/**
 * Builds the connection object from a page of rows. The count runs only when `totalCount` or
 * `totalCountExact` is selected (getters, read by GraphQL's default resolver), once for both.
 */
export function toConnection<T>(page: Page<T>) {
  const edges = page.nodes.map((node, i) => ({ cursor: page.cursors?.[i] ?? encodeCursor(page.startOffset + i), node }));
  let counted: Promise<{ total: number; exact: boolean }> | undefined;
  const count = () => (counted ??= page.count ? page.count() : Promise.resolve({ total: page.totalCount, exact: true }));
  return {
    edges,
    nodes: page.nodes,
    get totalCount() { return count().then((c) => c.total); },
    get totalCountExact() { return count().then((c) => c.exact); },
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
