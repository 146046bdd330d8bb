// Files on disk: sanitised display names, random storage names (never derived from user input), written to a
// temporary file and renamed into place so a half-written file is never visible.
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

const MAX_NAME = 100;

export const extensionOf = (name: string) => {
  const match = /\.([^.]{1,10})$/.exec(name);
  return match ? match[1].toLowerCase() : '';
};

/**
 * A file name safe to store and show: no directories, no control or bidi-override characters, none of
 * <>:"/\|?*, no leading or trailing dots and spaces, at most 100 characters (the extension kept).
 */
export function sanitizeFileName(raw: string): string {
  let name = String(raw ?? '').normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069<>:"|?*]/g, '');
  name = name.replace(/\s+/g, ' ').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (!name) return 'file';
  const chars = [...name];
  if (chars.length <= MAX_NAME) return name;
  const ext = extensionOf(name);
  const keep = ext ? MAX_NAME - ext.length - 1 : MAX_NAME;
  const base = [...name.slice(0, ext ? name.length - ext.length - 1 : name.length)].slice(0, keep).join('').trimEnd();
  return ext ? `${base}.${ext}` : base;
}

/** A random storage name; two hex characters of it name the sub-directory, to keep directories small. */
export const newStorageName = () => crypto.randomBytes(20).toString('hex');

export const storagePath = (dir: string, storageName: string) => {
  if (!/^[0-9a-f]{40}$/.test(storageName)) throw new Error('invalid storage name');
  return path.join(dir, storageName.slice(0, 2), storageName);
};

export async function writeStoredFile(dir: string, storageName: string, bytes: Uint8Array) {
  const target = storagePath(dir, storageName);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.${process.pid}.tmp`;
  await fs.writeFile(temp, bytes, { flag: 'wx' });
  await fs.rename(temp, target);
  return target;
}

export async function removeStoredFile(dir: string, storageName: string) {
  await fs.rm(storagePath(dir, storageName), { force: true });
}

export const readStoredFile = (dir: string, storageName: string) => fs.readFile(storagePath(dir, storageName));

/** `Content-Disposition` that carries a Chinese name (RFC 6266 / 5987) with an ASCII fallback. */
export function contentDisposition(fileName: string, inline = false) {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
