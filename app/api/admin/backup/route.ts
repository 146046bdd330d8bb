// GET /api/admin/backup: a backup archive of the whole database and the attachment files, for a super
// administrator only (it holds every record and every password hash); anyone else gets 404, as if it did not exist.
// The archive is made in a temporary file (rows are streamed to disk, never held in memory), then streamed out.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { NextRequest } from 'next/server';
import { isSuperAdmin } from '@/lib/access';
import { attachmentConfig } from '@/lib/attachment/attachment.config';
import { contentDisposition } from '@/lib/attachment/attachment.storage';
import { audit } from '@/lib/audit/audit';
import { createBackup } from '@/lib/backup/backup';
import { getDataSource } from '@/lib/db/data-source';
import { errorResponse, fromError, viewerOfRequest } from '../../attachments/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const stamp = () => new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');

export async function GET(req: NextRequest) {
  try {
    const { viewer } = await viewerOfRequest(req);
    if (!viewer || !isSuperAdmin(viewer)) return errorResponse('NOT_FOUND', 'Not found');
    const name = `crm-backup-${stamp()}.tar.gz`;
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-download-')), name);
    const manifest = await createBackup({ databaseUrl: process.env.DATABASE_URL, attachmentDir: attachmentConfig().dir, file });
    const db = await getDataSource();
    await audit(db.manager, { userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId }, {
      action: 'backup', entityType: 'system', entityId: null,
      changes: { file: name, tables: manifest.tables.length, rows: manifest.tables.reduce((n, t) => n + t.rows, 0), attachments: manifest.attachments.length },
    });
    const stream = fs.createReadStream(file);
    stream.on('close', () => fs.rm(path.dirname(file), { recursive: true, force: true }, () => undefined));
    return new Response(Readable.toWeb(stream) as ReadableStream, {
      status: 200,
      headers: {
        'content-type': 'application/gzip',
        'content-length': String(fs.statSync(file).size),
        'content-disposition': contentDisposition(name),
        'cache-control': 'private, no-store',
      },
    });
  } catch (error) {
    return fromError(error);
  }
}
