// A list's columns, described once for the desktop table, the column chooser and the sort order.
import { createElement, type ReactNode } from 'react';
import type { ColumnType } from 'antd/es/table';
import type { ListOrder } from './use-record-list';
import { textOf } from './text-of';

export interface ListColumn<Row> {
  key: string;
  title: string;
  render: (row: Row) => ReactNode;
  width?: number;
  align?: 'left' | 'right' | 'center';
  /** Cut to one line with an ellipsis; the full text shows on hover. */
  ellipsis?: boolean;
  /** The API's sort field: the column sorts on the server. */
  sortField?: string;
  /** Stays at the left while the table scrolls (desktop), and cannot be hidden. */
  fixed?: boolean;
  /** Hidden until the user shows it in the column chooser. */
  hidden?: boolean;
}

/** Phone cards: the name first, then the few fields that matter. */
export interface CardSpec<Row> {
  title: (row: Row) => ReactNode;
  /** At the right of the title (amount, status). */
  extra?: (row: Row) => ReactNode;
  /** One short line each; empty ones are left out. */
  lines: (row: Row) => ReactNode[];
}

export function tableColumns<Row>(columns: ListColumn<Row>[], hidden: string[], order: ListOrder | null): ColumnType<Row>[] {
  return columns.filter((c) => c.fixed || !hidden.includes(c.key)).map((c) => ({
    key: c.key,
    title: c.title,
    width: c.width,
    align: c.align,
    // Ant Design titles only plain-string cells; links and tags get the full text on hover here.
    ellipsis: c.ellipsis ? { showTitle: false } : undefined,
    fixed: c.fixed ? 'left' as const : undefined,
    render: (_: unknown, row: Row) => (c.ellipsis ? withTitle(c.render(row)) : c.render(row)),
    sorter: !!c.sortField && !!order,
    sortOrder: c.sortField && order?.field === c.sortField ? (order.direction === 'ASC' ? 'ascend' as const : 'descend' as const) : null,
  }));
}

/** A cell's content with its full text as the hover title. */
function withTitle(node: ReactNode): ReactNode {
  const title = textOf(node);
  return title ? createElement('span', { title }, node) : node;
}

/** The hidden column keys: the user's choice once made, else those hidden by default. */
export const hiddenKeys = <Row,>(columns: ListColumn<Row>[], stored: string[] | null) => stored ?? columns.filter((c) => c.hidden).map((c) => c.key);
