// POST /api/attachments: multipart upload of one file (field `file`), optionally straight onto a record
// (`entityType` + `entityId`, e.g. followup + id). Limits from ATTACHMENT_MAX_BYTES / ATTACHMENT_TYPES; a file
// over the limit or of another type is a 400 BAD_USER_INPUT naming the `file` field.
import { getDataSource } from '@/lib/db/data-source';
import { attachmentConfig } from '@/lib/attachment/attachment.config';
import { checkUpload, uploadAttachment } from '@/lib/attachment/attachment.service';
import { badInput } from '@/lib/errors';
import { uploadRoute } from './http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = uploadRoute({ maxBytes: () => attachmentConfig().maxBytes, tooLarge: (max) => badInput('file', `must be at most ${max} bytes`) }, async (viewer, form, file) => {
  const config = attachmentConfig();
  checkUpload({ name: file.name, size: file.size }, config);
  const entityType = form.get('entityType');
  const entityId = form.get('entityId');
  const owner = typeof entityType === 'string' && entityType ? { entityType, entityId: Number(entityId) } : null;
  const saved = await uploadAttachment(await getDataSource(), viewer, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, owner, config);
  return Response.json({
    attachment: { id: String(saved.id), fileName: saved.fileName, size: saved.size, mimeType: saved.mimeType, url: `/api/attachments/${saved.id}` },
  }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
