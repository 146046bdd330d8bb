// POST /api/imports: multipart upload of one file to import (fields `file` and `module`: CUSTOMER, CONTACT, LEAD or
// PRODUCT). The file is checked (kind, size, readable, a header row) and kept; the answer names the new import,
// whose columns are then mapped and checked through GraphQL (startDataImport). Bad files are 400 BAD_USER_INPUT
// with `reason` (WRONG_TYPE, OLD_XLS, PROTECTED, BROKEN, NOT_TEXT, EMPTY, NO_HEADER, TOO_LARGE).
import { getDataSource } from '@/lib/db/data-source';
import { badInput } from '@/lib/errors';
import { importConfig } from '@/lib/import/import-config';
import { createImport } from '@/lib/import/import.service';
import { fileProblem } from '@/lib/import/read/source';
import { uploadRoute } from '../attachments/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const POST = uploadRoute({ maxBytes: () => importConfig().maxBytes, tooLarge: (max) => fileProblem('TOO_LARGE', `must be at most ${max} bytes`) }, async (viewer, form, file) => {
  const module = form.get('module');
  if (typeof module !== 'string') throw badInput('module', 'is required');
  const job = await createImport(await getDataSource(), viewer, { module, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return Response.json({
    import: { id: String(job.id), module: job.module, status: job.status, fileName: job.fileName, headers: job.headers, mapping: job.mapping },
  }, { status: 201, headers: { 'cache-control': 'no-store' } });
});
