// Attachment limits and storage place, from the environment with sane defaults:
// ATTACHMENT_MAX_BYTES (default 20 MiB), ATTACHMENT_TYPES (allowed extensions, comma separated),
// ATTACHMENT_DIR (default data/attachments: outside the web root, never served statically).
import path from 'node:path';

export const DEFAULT_ATTACHMENT_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'txt', 'csv', 'jpg', 'jpeg', 'png', 'gif', 'webp', 'zip', 'rar'];
export const DEFAULT_ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/** MIME types we answer with, by extension; anything else is served as an opaque download. */
const MIME: Record<string, string> = {
  pdf: 'application/pdf', doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png',
  gif: 'image/gif', webp: 'image/webp', zip: 'application/zip', rar: 'application/vnd.rar',
};

export interface AttachmentConfig { maxBytes: number; types: string[]; dir: string }

export function attachmentConfig(env: NodeJS.ProcessEnv = process.env): AttachmentConfig {
  const max = Number(env.ATTACHMENT_MAX_BYTES);
  const types = (env.ATTACHMENT_TYPES ?? '').split(',').map((t) => t.trim().toLowerCase().replace(/^\*?\./, '')).filter((t) => /^[a-z0-9]{1,10}$/.test(t));
  return {
    maxBytes: Number.isSafeInteger(max) && max > 0 ? max : DEFAULT_ATTACHMENT_MAX_BYTES,
    types: types.length ? types : DEFAULT_ATTACHMENT_TYPES,
    dir: path.resolve(process.cwd(), env.ATTACHMENT_DIR || path.join('data', 'attachments')),
  };
}

export const mimeTypeOf = (extension: string) => MIME[extension] ?? 'application/octet-stream';
