// POST /api/imports: multipart upload of one file to import (fields `file` and `module`: CUSTOMER, CONTACT, LEAD or
// PRODUCT). The file is checked (kind, size, readable, a header row) and kept; the answer names the new import,
// whose columns are then mapped and checked through GraphQL (startDataImport). Bad files are 400 BAD_USER_INPUT
// with `reason` (WRONG_TYPE, OLD_XLS, PROTECTED, BROKEN, NOT_TEXT, EMPTY, NO_HEADER, TOO_LARGE).
import type { NextRequest } from 'next/server';
import { getDataSource } from '@/lib/db/data-source';
import { badInput } from '@/lib/errors';
import { importConfig } from '@/lib/import/import-config';
import { createImport } from '@/lib/import/import.service';
import { fileProblem } from '@/lib/import/read/source';
import { errorResponse, fromError, readLimited, viewerOfRequest } from '../attachments/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const FORM_OVERHEAD = 64 * 1024;

export async function POST(req: NextRequest) {
  try {
    const { viewer, mustChangePassword } = await viewerOfRequest(req);
    if (mustChangePassword) return errorResponse('FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED');
    if (!viewer) return errorResponse('UNAUTHENTICATED', 'Please log in');
    const contentType = req.headers.get('content-type') ?? '';
    if (!contentType.startsWith('multipart/form-data')) throw badInput('file', 'must be sent as multipart/form-data');
    const { maxBytes } = importConfig();
    const body = await readLimited(req, maxBytes + FORM_OVERHEAD);
    if (!body) throw fileProblem('TOO_LARGE', `must be at most ${maxBytes} bytes`);
    let form: FormData;
    try {
      form = await new Request('http://upload.local/', { method: 'POST', headers: { 'content-type': contentType }, body: body as BodyInit }).formData();
    } catch {
      throw badInput('file', 'is missing or unreadable');
    }
    const file = form.get('file');
    const module = form.get('module');
    if (!file || typeof file === 'string') throw badInput('file', 'is required');
    if (typeof module !== 'string') throw badInput('module', 'is required');
    const job = await createImport(await getDataSource(), viewer, { module, fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return Response.json({
      import: { id: String(job.id), module: job.module, status: job.status, fileName: job.fileName, headers: job.headers, mapping: job.mapping },
    }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch (error) {
    return fromError(error);
  }
}
