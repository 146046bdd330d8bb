// Opens an import file as a stream of rows, whatever its kind: checks the file is what its name says (a real .xlsx
// zip, not a password-protected or old .xls compound file; a CSV that is text), finds a CSV's encoding, and counts
// the bytes read so a pass can show progress before it knows how many rows there are.
import fs from 'node:fs';
import { PassThrough, Readable } from 'node:stream';
import { DomainError } from '@/lib/errors';
import { SourceRow, cellText, isBlankRow } from './cell';
import { TextEncoding, csvRows, detectEncoding } from './csv';
import { xlsxRows } from './xlsx';

export type FileFormat = 'XLSX' | 'CSV';

/** Why a file cannot be read at all: a code the UI words, and a plain message. */
export type FileProblem = 'WRONG_TYPE' | 'OLD_XLS' | 'PROTECTED' | 'BROKEN' | 'NOT_TEXT' | 'EMPTY' | 'NO_HEADER' | 'TOO_LARGE' | 'TOO_MANY_ROWS';

export const fileProblem = (reason: FileProblem, message: string) =>
  new DomainError('BAD_USER_INPUT', `file: ${message}`, { fields: [{ field: 'file', message }], reason });

const startsWith = (head: Uint8Array, bytes: number[]) => bytes.every((b, i) => head[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The file's kind from its name and first bytes; anything else is refused with its reason. */
export function detectFormat(fileName: string, head: Uint8Array): FileFormat {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (!head.length) throw fileProblem('EMPTY', 'the file is empty');
  if (ext === 'xls') throw fileProblem('OLD_XLS', 'old .xls workbooks cannot be read: save it as .xlsx or .csv');
  if (ext === 'xlsx') {
    if (startsWith(head, COMPOUND)) throw fileProblem('PROTECTED', 'the workbook is password-protected (or an .xls file renamed): remove the password and save it as .xlsx');
    if (!startsWith(head, ZIP)) throw fileProblem('BROKEN', 'the file is not a readable .xlsx workbook');
    return 'XLSX';
  }
  if (ext === 'csv') {
    if (startsWith(head, ZIP) || startsWith(head, COMPOUND)) throw fileProblem('NOT_TEXT', 'the file is a workbook, not CSV text: give it the .xlsx extension or save it as CSV');
    const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
    if (!utf16 && head.subarray(0, 4096).includes(0)) throw fileProblem('NOT_TEXT', 'the file is not CSV text');
    return 'CSV';
  }
  throw fileProblem('WRONG_TYPE', 'only .xlsx and .csv files can be imported');
}

export async function readHead(path: string, bytes = 65536): Promise<Uint8Array> {
  const handle = await fs.promises.open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export const encodingOf = (head: Uint8Array): TextEncoding => detectEncoding(head);

export interface RowSource {
  rows: AsyncGenerator<SourceRow>;
  bytesRead(): number;
  /** The workbook counts dates from 1904 (old Mac Excel). */
  date1904(): boolean;
  close(): void;
}

/** The file's rows, its bytes counted as they are read. A broken workbook fails the iteration with BROKEN. */
export function openRows(path: string, format: FileFormat, encoding: TextEncoding | null): RowSource {
  const file = fs.createReadStream(path, { highWaterMark: 256 * 1024 });
  let bytes = 0;
  const counted = new PassThrough({ highWaterMark: 256 * 1024 });
  file.on('data', (chunk) => { bytes += chunk.length; });
  file.on('error', (error) => counted.destroy(error));
  file.pipe(counted);
  const source = format === 'XLSX' ? xlsxRows(counted) : { rows: csvRows(counted as Readable, encoding ?? 'UTF-8'), date1904: () => false };
  async function* guarded(): AsyncGenerator<SourceRow> {
    try {
      yield* source.rows;
    } catch (error) {
      if (error instanceof DomainError) throw error;
      throw fileProblem('BROKEN', format === 'XLSX' ? 'the workbook is damaged and cannot be read' : 'the file cannot be read as text');
    }
  }
  return { rows: guarded(), bytesRead: () => bytes, date1904: source.date1904, close: () => { file.destroy(); counted.destroy(); } };
}

/** The first non-blank row (the headers) as text, and the row number it is on. */
export async function readHeader(path: string, format: FileFormat, encoding: TextEncoding | null): Promise<{ headers: string[]; rowNumber: number }> {
  const source = openRows(path, format, encoding);
  try {
    for await (const row of source.rows) {
      if (isBlankRow(row.cells)) continue;
      const headers = row.cells.map((c) => cellText(c).trim());
      while (headers.length && !headers[headers.length - 1]) headers.pop();
      return { headers, rowNumber: row.number };
    }
    throw fileProblem('NO_HEADER', 'the file has no header row');
  } finally {
    source.close();
  }
}
