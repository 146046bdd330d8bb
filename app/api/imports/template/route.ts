// GET /api/imports/template?module=CUSTOMER: the import template of a record type (.xlsx) for a user who may import it.
import type { NextRequest } from 'next/server';
import { contentDisposition } from '@/lib/attachment/attachment.storage';
import { allowedModule } from '@/lib/import/import.service';
import { getDataSource } from '@/lib/db/data-source';
import { templateWorkbook } from '@/lib/import/template';
import { MIME_TYPES } from '@/lib/export/writers';
import { errorResponse, fromError, viewerOfRequest } from '../../attachments/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(req: NextRequest) {
  try {
    const { viewer } = await viewerOfRequest(req);
    if (!viewer) return errorResponse('UNAUTHENTICATED', 'Please log in');
    const spec = await allowedModule((await getDataSource()).manager, viewer, req.nextUrl.searchParams.get('module') ?? '');
    return new Response(new Uint8Array(await templateWorkbook(spec as never)), {
      headers: { 'content-type': MIME_TYPES.XLSX, 'content-disposition': contentDisposition(`${spec.label}导入模板.xlsx`), 'cache-control': 'private, no-store' },
    });
  } catch (error) {
    return fromError(error);
  }
}
