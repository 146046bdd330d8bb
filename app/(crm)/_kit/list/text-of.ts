// The plain text a rendered cell shows, for the hover title of a cell cut short with an ellipsis.
import { isValidElement, type ReactNode } from 'react';

/** Text inside a React node (strings, numbers, element children), parts separated by a space; icons give nothing. */
export function textOf(node: ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
  if (isValidElement(node)) return textOf((node.props as { children?: ReactNode }).children);
  return '';
}
