// GET /api/imports/:id/problems: the rows an import did not take (errors and skipped duplicates) as an .xlsx with the
// file's own columns and 错误原因, streamed, for the user who ran the import. Anyone else: 404, as if it did not exist.
import { PassThrough, Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { contentDisposition } from '@/lib/attachment/attachment.storage';
import { getDataSource } from '@/lib/db/data-source';
import { writeErrorFile } from '@/lib/import/error-file';
import { findImport } from '@/lib/import/import.service';
import { MIME_TYPES } from '@/lib/export/writers';
import { logger } from '@/lib/logger';
import { errorResponse, fromError, viewerOfRequest } from '../../../attachments/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { viewer } = await viewerOfRequest(req);
    if (!viewer) return errorResponse('UNAUTHENTICATED', 'Please log in');
    const db = await getDataSource();
    const job = await findImport(db.manager, viewer, Number((await params).id));
    if (!job) return errorResponse('NOT_FOUND', 'Import not found');
    const body = new PassThrough();
    writeErrorFile(db.manager, job, body).catch((error) => {
      logger.error({ err: error, importId: job.id }, 'import problem file failed');
      body.destroy(error as Error);
    });
    const base = job.fileName.replace(/\.[^.]+$/, '');
    return new Response(Readable.toWeb(body) as ReadableStream, {
      headers: { 'content-type': MIME_TYPES.XLSX, 'content-disposition': contentDisposition(`${base}-错误行.xlsx`), 'x-content-type-options': 'nosniff', 'cache-control': 'private, no-store' },
    });
  } catch (error) {
    return fromError(error);
  }
}
