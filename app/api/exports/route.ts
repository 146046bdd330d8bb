// GET /api/exports?token=…: streams an export the signed-in user asked for through a GraphQL export-link mutation
// (lib/export). The link must be genuine, unexpired and the caller must be the user it was made for; the rows are
// read with that user's scope as it is now. Anything else is 404, as if the export did not exist.
import { PassThrough, Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { hasPermission } from '@/lib/access';
import { getDataSource } from '@/lib/db/data-source';
import { streamExport } from '@/lib/export/export';
import { verifyExportLink } from '@/lib/export/export-link';
import { exportSpec } from '@/lib/export/registry';
import { EXTENSIONS, MIME_TYPES } from '@/lib/export/writers';
import { contentDisposition } from '@/lib/attachment/attachment.storage';
import { heavySlotsPerUser, releaseHeavySlot, takeHeavySlot } from '@/lib/limits/heavy-operations';
import { logger } from '@/lib/logger';
import { errorResponse, fromError, viewerOfRequest } from '../attachments/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const missing = () => errorResponse('NOT_FOUND', 'Export not found');

export async function GET(req: NextRequest) {
  try {
    const link = verifyExportLink(req.nextUrl.searchParams.get('token') ?? '');
    const { viewer } = await viewerOfRequest(req);
    const spec = link ? exportSpec(link.module) : undefined;
    if (!link || !spec || !viewer || viewer.userId !== link.userId || !hasPermission(viewer, spec.permission)) return missing();
    const db = await getDataSource();
    // A streamed export is a heavy operation: it holds one of the user's slots until the stream ends.
    const lease = await takeHeavySlot(db, viewer.userId, `export:${spec.module}`);
    if (!lease) return errorResponse('TOO_MANY_REQUESTS', `You already have ${heavySlotsPerUser()} exports, imports or reports running; try again when one has finished`);
    const body = new PassThrough();
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 12);
    streamExport(db.manager, viewer, spec, spec.revive(link.params), link.format, body).catch((error) => {
      logger.error({ err: error, module: spec.module }, 'export stream failed');
      body.destroy(error as Error);
    }).finally(() => releaseHeavySlot(db, lease).catch((error) => logger.error({ err: error }, 'heavy slot not released')));
    return new Response(Readable.toWeb(body) as ReadableStream, {
      status: 200,
      headers: {
        'content-type': MIME_TYPES[link.format],
        'content-disposition': contentDisposition(`${spec.label}-${stamp}.${EXTENSIONS[link.format]}`, false),
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return fromError(error);
  }
}
