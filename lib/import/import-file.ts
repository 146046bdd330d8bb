// The uploaded file of an import, kept under a random name (never one derived from user input) until the import is
// over, and read back by whichever app server runs a pass.
import { newStorageName, removeStoredFile, storagePath, writeStoredFile } from '@/lib/attachment/attachment.storage';
import { importConfig } from './import-config';

export async function storeImportFile(bytes: Uint8Array): Promise<string> {
  const name = newStorageName();
  await writeStoredFile(importConfig().dir, name, bytes);
  return name;
}

export const importFilePath = (storageName: string) => storagePath(importConfig().dir, storageName);

export const removeImportFile = (storageName: string) => removeStoredFile(importConfig().dir, storageName);
