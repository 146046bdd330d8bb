// Streaming .xlsx: the first worksheet's rows as exceljs' streaming reader hands them over (shared strings and
// styles are read once — styles tell date cells from numbers; the rows are never all in memory). Cell values
// become the import's Cell: formulas and error values are kept as such, rich text and links become their text.
import { Readable } from 'node:stream';
import { stream } from 'exceljs';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../import-config';
import { Cell, SourceRow } from './cell';

/**
 * exceljs 4.4's streaming reader decodes every zip chunk on its own (utils/parse-sax.js), so a Chinese character
 * whose UTF-8 bytes straddle two chunks becomes two U+FFFD — a name or an address corrupted every ~16 KB of a sheet.
 * The shared strings and worksheet XML are handed to it as text decoded across chunk boundaries instead (its
 * decoder passes strings through). Private methods of the pinned version; tests/integration/import-files.test.ts
 * fails if an upgrade changes them.
 */
function decodeAcrossChunks() {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Reader = require('exceljs/lib/stream/xlsx/workbook-reader') as { prototype: Record<string, (...args: unknown[]) => unknown> };
  const proto = Reader.prototype;
  if ((proto as { __utf8Fixed?: boolean }).__utf8Fixed) return;
  const sharedStrings = proto._parseSharedStrings;
  const worksheet = proto._parseWorksheet;
  if (typeof sharedStrings !== 'function' || typeof worksheet !== 'function') throw new Error('exceljs WorkbookReader changed: review lib/import/read/xlsx.ts');
  proto._parseSharedStrings = function (this: unknown, entry: { setEncoding(e: string): void }) {
    entry.setEncoding('utf8');
    return sharedStrings.call(this, entry);
  } as (...args: unknown[]) => unknown;
  proto._parseWorksheet = function (this: unknown, iterator: AsyncIterable<Uint8Array | string>, sheetNo: unknown) {
    async function* decoded() {
      const decoder = new TextDecoder('utf-8');
      for await (const chunk of iterator) yield typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
      const rest = decoder.decode();
      if (rest) yield rest;
    }
    return worksheet.call(this, decoded(), sheetNo);
  } as (...args: unknown[]) => unknown;
  (proto as { __utf8Fixed?: boolean }).__utf8Fixed = true;
}
decodeAcrossChunks();

const cap = (text: string) => (text.length > MAX_CELL_CHARS + 1 ? text.slice(0, MAX_CELL_CHARS + 1) : text);

/** One exceljs cell value as an import Cell. */
export function toCell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : cap(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return { formula: String(v.formula ?? v.sharedFormula ?? '') };
    if ('error' in v) return { error: String(v.error) };
    if (Array.isArray(v.richText)) return cap(v.richText.map((r: { text?: string }) => r.text ?? '').join('')) || null;
    if ('text' in v) return toCell(v.text);
  }
  return null;
}

export interface XlsxSource { rows: AsyncGenerator<SourceRow>; date1904(): boolean }

/** Rows of the first worksheet. */
export function xlsxRows(input: Readable): XlsxSource {
  const reader = new stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  } as ConstructorParameters<typeof stream.xlsx.WorkbookReader>[1]);
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const sheet of reader as unknown as AsyncIterable<AsyncIterable<{ number: number; values: unknown[] }>>) {
      for await (const row of sheet) {
        const values = Array.isArray(row.values) ? row.values.slice(1, MAX_COLUMNS + 1) : [];
        yield { number: row.number, cells: Array.from({ length: values.length }, (_, i) => toCell(values[i])) };
      }
      return; // the first worksheet only
    }
  }
  return { rows: rows(), date1904: () => !!(reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904 };
}
