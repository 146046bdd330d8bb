// GET /api/attachments/:id: the file, only for a signed-in user who can see the record it belongs to (or its
// uploader before it is linked). Everyone else — anonymous callers included — gets 404, as if it did not exist.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { getDataSource } from '@/lib/db/data-source';
import { attachmentConfig } from '@/lib/attachment/attachment.config';
import { findVisibleAttachment } from '@/lib/attachment/attachment.service';
import { contentDisposition, storagePath } from '@/lib/attachment/attachment.storage';
import { logger } from '@/lib/logger';
import { errorResponse, fromError, viewerOfRequest } from '../http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp']);
const missing = () => errorResponse('NOT_FOUND', 'Attachment not found');

export async function GET(req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await params;
    const { viewer } = await viewerOfRequest(req);
    if (!viewer || !/^\d{1,10}$/.test(id)) return missing();
    const attachment = await findVisibleAttachment((await getDataSource()).manager, viewer, Number(id));
    if (!attachment) return missing();
    const file = storagePath(attachmentConfig().dir, attachment.storageName);
    const stat = await fs.promises.stat(file).catch(() => null);
    if (!stat) {
      logger.error({ attachmentId: attachment.id }, 'attachment file missing on disk');
      return missing();
    }
    const inline = req.nextUrl.searchParams.get('inline') === '1' && INLINE_TYPES.has(attachment.mimeType);
    return new Response(Readable.toWeb(fs.createReadStream(file)) as ReadableStream, {
      status: 200,
      headers: {
        'content-type': attachment.mimeType,
        'content-length': String(stat.size),
        'content-disposition': contentDisposition(attachment.fileName, inline),
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return fromError(error);
  }
}
