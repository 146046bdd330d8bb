// Streaming CSV: the text encoding as Chinese Excel writes it (UTF-8 with or without BOM, GBK/GB18030, UTF-16 from
// "Unicode text"), then records parsed chunk by chunk (quotes, doubled quotes, line breaks inside quotes, CRLF, LF or
// CR; comma, tab or semicolon as found in the header line). Memory holds one record at a time.
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../import-config';
import { Cell, SourceRow } from './cell';

export type TextEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

/** The encoding of a text file from its first bytes: a BOM, else valid UTF-8, else GB18030 (a superset of GBK). */
export function detectEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'UTF-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'UTF-16LE';
  if (head[0] === 0xfe && head[1] === 0xff) return 'UTF-16BE';
  try {
    // `stream: true` tolerates a character cut in half at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'UTF-8';
  } catch {
    return 'GB18030';
  }
}

const ICONV_NAMES: Record<TextEncoding, string> = { 'UTF-8': 'utf8', 'UTF-16LE': 'utf16le', 'UTF-16BE': 'utf16be', GB18030: 'gb18030' };

/** Incremental RFC 4180 parser; tolerant: text after a closing quote is kept, an unclosed quote ends with the file. */
export class CsvParser {
  private row: string[] = [];
  private cell = '';
  private state: 'START' | 'UNQUOTED' | 'QUOTED' | 'QUOTE_SEEN' = 'START';
  private pendingCR = false;
  private record = 0;
  private delimiter: string | null;

  constructor(delimiter: string | null = null) { this.delimiter = delimiter; }

  private endCell() {
    if (this.row.length < MAX_COLUMNS) this.row.push(this.cell);
    this.cell = '';
    this.state = 'START';
  }

  private endRecord(out: SourceRow[]) {
    this.endCell();
    this.record++;
    out.push({ number: this.record, cells: this.row.map((c): Cell => (c === '' ? null : c)) });
    this.row = [];
  }

  private append(ch: string) {
    if (this.cell.length <= MAX_CELL_CHARS) this.cell += ch; // one past the limit, so the field rule sees it is too long
  }

  /** Records completed by this chunk. */
  push(chunk: string): SourceRow[] {
    const out: SourceRow[] = [];
    if (this.delimiter === null) {
      const line = chunk.split(/\r|\n/)[0];
      const count = (d: string) => line.split(d).length - 1;
      this.delimiter = count('\t') > count(',') && count('\t') > count(';') ? '\t' : count(';') > count(',') ? ';' : ',';
    }
    const d = this.delimiter;
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i];
      if (this.pendingCR) {
        this.pendingCR = false;
        if (ch === '\n') continue;
      }
      switch (this.state) {
        case 'QUOTED':
          if (ch === '"') this.state = 'QUOTE_SEEN';
          else this.append(ch);
          break;
        case 'QUOTE_SEEN':
          if (ch === '"') { this.append('"'); this.state = 'QUOTED'; break; }
          if (ch === d) { this.endCell(); break; }
          if (ch === '\r' || ch === '\n') { this.pendingCR = ch === '\r'; this.endRecord(out); break; }
          this.append(ch);
          this.state = 'UNQUOTED';
          break;
        default:
          if (ch === '"' && this.state === 'START') { this.state = 'QUOTED'; break; }
          if (ch === d) { this.endCell(); break; }
          if (ch === '\r' || ch === '\n') { this.pendingCR = ch === '\r'; this.endRecord(out); break; }
          this.append(ch);
          this.state = 'UNQUOTED';
      }
    }
    return out;
  }

  /** The last record when the file does not end with a line break. */
  end(): SourceRow[] {
    const out: SourceRow[] = [];
    if (this.state !== 'START' || this.row.length) this.endRecord(out);
    return out;
  }
}

/** Records of a CSV byte stream in the given encoding. */
export async function* csvRows(input: Readable, encoding: TextEncoding): AsyncGenerator<SourceRow> {
  const parser = new CsvParser();
  const decoded = input.pipe(iconv.decodeStream(ICONV_NAMES[encoding], { stripBOM: true })) as unknown as Readable;
  input.on('error', (error) => decoded.destroy(error));
  for await (const chunk of decoded as AsyncIterable<string>) yield* parser.push(chunk);
  yield* parser.end();
}
