// Import limits and storage, from the environment: IMPORT_MAX_BYTES (default 50 MiB: 100 000 customers as CSV are
// about 20 MiB), IMPORT_MAX_ROWS (200 000 data rows per file), the file kept beside the attachments (ATTACHMENT_DIR,
// which several app servers must share as they share attachments) until the import is over.
import path from 'node:path';
import { attachmentConfig } from '@/lib/attachment/attachment.config';

export const importConfig = (env: NodeJS.ProcessEnv = process.env) => {
  const bytes = Number(env.IMPORT_MAX_BYTES);
  const rows = Number(env.IMPORT_MAX_ROWS);
  return {
    maxBytes: Number.isSafeInteger(bytes) && bytes > 0 ? bytes : 50 * 1024 * 1024,
    maxRows: Number.isSafeInteger(rows) && rows > 0 ? rows : 200_000,
    dir: path.join(attachmentConfig(env).dir, 'imports'),
  };
};

/** Columns read per row; more is not a record sheet. */
export const MAX_COLUMNS = 100;
/** Characters kept of one cell (an .xlsx cell holds at most 32 767); longer ones are reported as too long. */
export const MAX_CELL_CHARS = 32_767;
/** Rows checked and written together (one transaction each when importing the valid rows). */
export const IMPORT_BATCH = Number(process.env.IMPORT_BATCH_SIZE ?? 500);
/** A running pass renews its lease every batch; a lease this old means its server is gone. */
export const IMPORT_LEASE_MS = Number(process.env.IMPORT_LEASE_SECONDS ?? 60) * 1000;
