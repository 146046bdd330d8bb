'use client';
// The state of a list page: filter, order, page, selection, and the rows from the API's connection. Desktops page
// by number (the connection's `offset`); phones load more cards with the Relay cursor (`after: endCursor`).
import { useCallback, useMemo, useState } from 'react';
import useSWR from 'swr';
import useSWRInfinite from 'swr/infinite';
import { Grid } from 'antd';
import { gql, type GraphQLRequestError, type Variables } from '@/app/_lib/graphql';
import type { TypedDocumentString } from '@/app/_lib/gql/graphql';
import type { CountLike } from './total';

export interface ConnectionLike<Row> extends CountLike {
  nodes: Row[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}
export interface ListOrder { field: string; direction: 'ASC' | 'DESC' }

export interface RecordListOptions<R, Row> {
  // Any variables: the kit adds first/offset/after, filter and orderBy; the module's document declares their types.
  document: TypedDocumentString<R, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  connection: (data: R) => ConnectionLike<Row>;
  /** Further variables (e.g. the pool); null waits until they are known. */
  variables?: Variables | null;
  /** Always part of the filter (e.g. owned customers only), whatever the user picks. */
  fixedFilter?: Variables;
  /** null: the query takes no orderBy. */
  defaultOrder?: ListOrder | null;
  pageSize?: number;
  /** Turns the filter bar's values into the API's filter (e.g. custom field conditions); keep it stable (useCallback). */
  mapFilter?: (filter: Variables) => Variables;
}

export function useRecordList<R, Row extends { id: string }>(options: RecordListOptions<R, Row>) {
  const { document, connection, variables = {}, fixedFilter, defaultOrder = null, pageSize = 20, mapFilter } = options;
  const screens = Grid.useBreakpoint();
  // Until the screen is measured nothing is fetched, so a desktop never loads the phone's first page too.
  const measured = screens.md !== undefined;
  const phone = measured && !screens.md;
  const [filter, setFilterState] = useState<Variables>({});
  const [order, setOrderState] = useState<ListOrder | null>(defaultOrder);
  const [page, setPage] = useState({ current: 1, pageSize });
  const [selected, setSelected] = useState<Row[]>([]);

  const query = document.toString();
  // SWR keys by the document's text and the variables; the request itself goes through the typed document.
  const fetcher = useCallback(([, v]: [string, Variables]) => gql(document, v), [document]);
  const base = useMemo(() => (variables === null ? null : {
    ...variables, filter: mapFilter ? mapFilter({ ...fixedFilter, ...filter }) : { ...fixedFilter, ...filter }, ...(order ? { orderBy: order } : {}),
  }), [variables, fixedFilter, filter, order, mapFilter]);

  const table = useSWR<unknown, GraphQLRequestError>(
    measured && !phone && base ? [query, { ...base, first: page.pageSize, offset: (page.current - 1) * page.pageSize }] : null,
    fetcher, { keepPreviousData: true },
  );
  const cards = useSWRInfinite<unknown, GraphQLRequestError>((index, previous) => {
    if (!phone || !base) return null;
    const prev = previous ? connection(previous as R) : null;
    if (prev && !prev.pageInfo.hasNextPage) return null;
    return [query, { ...base, first: pageSize, after: prev?.pageInfo.endCursor ?? null }];
  }, fetcher);

  const pages = (phone ? cards.data ?? [] : table.data ? [table.data] : []).map((d) => connection(d as R));
  const rows = pages.flatMap((p) => p.nodes);
  const last = pages[pages.length - 1];
  const error = phone ? cards.error : table.error;
  const refresh = useCallback(() => { setSelected([]); void table.mutate(); void cards.mutate(); }, [table, cards]);

  return {
    phone,
    rows,
    /** Counts of the latest answer (with `totalCountExact` when the API caps its count). */
    count: last ? { totalCount: last.totalCount, totalCountExact: last.totalCountExact } : null,
    /** Nothing to show yet: skeletons, not an empty list. */
    loading: !measured || (!error && !pages.length),
    /** A newer answer is on its way (shown over the rows already there). */
    validating: phone ? cards.isValidating : table.isValidating,
    error,
    hasMore: !!last?.pageInfo.hasNextPage,
    loadingMore: phone && cards.isValidating && cards.size > (cards.data?.length ?? 0),
    loadMore: () => void cards.setSize(cards.size + 1),
    filter,
    /** The filter as the API receives it (with the fixed part): what "export all matching" exports. */
    apiFilter: base?.filter ?? { ...fixedFilter, ...filter },
    setFilter: (next: Variables) => { setFilterState(next); setPage((p) => ({ ...p, current: 1 })); setSelected([]); },
    order,
    setOrder: (next: ListOrder | null) => { setOrderState(next ?? defaultOrder); setPage((p) => ({ ...p, current: 1 })); },
    page,
    setPage,
    selected,
    setSelected,
    refresh,
  };
}

export type RecordListState<Row extends { id: string }> = ReturnType<typeof useRecordList<unknown, Row>>;
