// POST /api/attachments: multipart upload of one file (field `file`), optionally straight onto a record
// (`entityType` + `entityId`, e.g. followup + id). Limits from ATTACHMENT_MAX_BYTES / ATTACHMENT_TYPES; a file
// over the limit or of another type is a 400 BAD_USER_INPUT naming the `file` field.
import type { NextRequest } from 'next/server';
import { getDataSource } from '@/lib/db/data-source';
import { attachmentConfig } from '@/lib/attachment/attachment.config';
import { checkUpload, uploadAttachment } from '@/lib/attachment/attachment.service';
import { badInput } from '@/lib/errors';
import { errorResponse, fromError, readLimited, viewerOfRequest } from './http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Room for the multipart framing and the small text fields around the file. */
const FORM_OVERHEAD = 64 * 1024;

export async function POST(req: NextRequest) {
  try {
    const { viewer, mustChangePassword } = await viewerOfRequest(req);
    if (mustChangePassword) return errorResponse('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED');
    if (!viewer) return errorResponse('UNAUTHENTICATED', 'Please log in');
    const config = attachmentConfig();
    const contentType = req.headers.get('content-type') ?? '';
    if (!contentType.startsWith('multipart/form-data')) throw badInput('file', 'must be sent as multipart/form-data');
    const body = await readLimited(req, config.maxBytes + FORM_OVERHEAD);
    if (!body) throw badInput('file', `must be at most ${config.maxBytes} bytes`);
    let form: FormData;
    try {
      form = await new Request('http://upload.local/', { method: 'POST', headers: { 'content-type': contentType }, body: body as BodyInit }).formData();
    } catch {
      throw badInput('file', 'is missing or unreadable');
    }
    const file = form.get('file');
    if (!file || typeof file === 'string') throw badInput('file', 'is required');
    checkUpload({ name: file.name, size: file.size }, config);
    const entityType = form.get('entityType');
    const entityId = form.get('entityId');
    const owner = typeof entityType === 'string' && entityType ? { entityType, entityId: Number(entityId) } : null;
    const saved = await uploadAttachment(await getDataSource(), viewer, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, owner, config);
    return Response.json({
      attachment: { id: String(saved.id), fileName: saved.fileName, size: saved.size, mimeType: saved.mimeType, url: `/api/attachments/${saved.id}` },
    }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return fromError(error);
  }
}
