// Attachments: upload (limits, sanitised name, random storage name), linking to the record they belong to,
// the download check and soft deletion. An attachment is visible exactly when its record is; before it is
// linked only its uploader may see it.
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Attachment } from '@/entities';
import { Viewer, recordIdsInScope, requireIds } from '@/lib/access';
import { audit } from '@/lib/audit/audit';
import { inTransaction } from '@/lib/db/transaction';
import { badInput, forbidden, notFound } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { AttachmentConfig, attachmentConfig, mimeTypeOf } from './attachment.config';
import { extensionOf, newStorageName, removeStoredFile, sanitizeFileName, writeStoredFile } from './attachment.storage';

const actorOf = (viewer: Viewer) => ({ userId: viewer.userId, ip: viewer.ip, requestId: viewer.requestId });

/** Who may add files to, or remove files from, a record of a type: registered by the module owning the type. */
export type AttachPolicy = (manager: EntityManager, viewer: Viewer, entityId: number) => Promise<void>;

const holder = globalThis as unknown as { __crmAttachPolicies?: Map<string, AttachPolicy> };
const policies = (holder.__crmAttachPolicies ??= new Map());

/** Lets records of `type` own attachments; the policy throws NOT_FOUND / FORBIDDEN when the viewer may not attach. */
export function registerAttachmentOwner(type: string, policy: AttachPolicy) {
  policies.set(type, policy);
}

export interface UploadedFile { name: string; bytes: Uint8Array }
export interface AttachmentOwner { entityType: string; entityId: number }

/** Checks the limits; the error names the `file` field, so the form shows it beside the upload. */
export function checkUpload(file: { name: string; size: number }, config: AttachmentConfig = attachmentConfig()) {
  const fileName = sanitizeFileName(file.name);
  const extension = extensionOf(fileName);
  if (file.size <= 0) throw badInput('file', 'is empty');
  if (file.size > config.maxBytes) throw badInput('file', `must be at most ${config.maxBytes} bytes`);
  if (!extension || !config.types.includes(extension)) throw badInput('file', `must be one of these types: ${config.types.join(', ')}`);
  return { fileName, extension };
}

async function checkOwner(manager: EntityManager, viewer: Viewer, owner: AttachmentOwner) {
  const policy = policies.get(owner.entityType);
  if (!policy) throw badInput('entityType', 'cannot own attachments');
  if (!Number.isSafeInteger(owner.entityId) || owner.entityId <= 0) throw badInput('entityId', 'is invalid');
  await policy(manager, viewer, owner.entityId);
}

/** Stores an uploaded file, optionally straight onto a record the viewer may attach to. */
export async function uploadAttachment(db: DataSource, viewer: Viewer, file: UploadedFile, owner: AttachmentOwner | null = null, config = attachmentConfig()): Promise<Attachment> {
  const { fileName, extension } = checkUpload({ name: file.name, size: file.bytes.byteLength }, config);
  if (owner) await checkOwner(db.manager, viewer, owner);
  const storageName = newStorageName();
  await writeStoredFile(config.dir, storageName, file.bytes);
  try {
    return await inTransaction(db, async (manager) => {
      if (owner) await checkOwner(manager, viewer, owner);
      const saved = await manager.save(manager.create(Attachment, {
        entityType: owner?.entityType ?? null, entityId: owner?.entityId ?? null, fileName, storageName,
        mimeType: mimeTypeOf(extension), size: file.bytes.byteLength, uploadedById: viewer.userId, deletedAt: null,
      }));
      await audit(manager, actorOf(viewer), { action: 'upload', entityType: 'attachment', entityId: saved.id, changes: { fileName, size: saved.size, entityType: saved.entityType, entityId: saved.entityId } });
      return saved;
    });
  } catch (error) {
    // Nothing half-written: the file goes when its row does not land.
    await removeStoredFile(config.dir, storageName).catch((e) => logger.warn({ err: e }, 'could not remove an orphan attachment file'));
    throw error;
  }
}

/**
 * Links the viewer's own not-yet-linked uploads to a record (inside the caller's transaction). Ids that are
 * someone else's, already linked, deleted or missing are refused with a field error on `field`.
 */
export async function linkAttachments(manager: EntityManager, viewer: Viewer, rawIds: readonly (string | number)[] | null | undefined, owner: AttachmentOwner, field = 'attachmentIds') {
  if (!rawIds?.length) return [];
  const ids = requireIds(rawIds, field, 20);
  const usable = await manager.findBy(Attachment, { id: In(ids), uploadedById: viewer.userId, entityId: IsNull(), deletedAt: IsNull() });
  if (usable.length !== ids.length) throw badInput(field, 'contains an attachment you cannot use');
  await manager.update(Attachment, { id: In(ids) }, { entityType: owner.entityType, entityId: owner.entityId });
  await audit(manager, actorOf(viewer), ids.map((id) => ({ action: 'link', entityType: 'attachment', entityId: id, changes: { ...owner } })));
  return ids;
}

/** The attachment if the viewer may download it, else null (as if it did not exist). */
export async function findVisibleAttachment(manager: EntityManager, viewer: Viewer, id: number): Promise<Attachment | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const attachment = await manager.findOneBy(Attachment, { id, deletedAt: IsNull() });
  if (!attachment) return null;
  if (attachment.entityId === null || attachment.entityType === null) return attachment.uploadedById === viewer.userId ? attachment : null;
  const visible = await recordIdsInScope(manager, viewer, attachment.entityType, [attachment.entityId], 'read');
  return visible.has(attachment.entityId) ? attachment : null;
}

/** Live attachments of records the caller has already found visible, by record id. */
export async function attachmentsOf(manager: EntityManager, entityType: string, entityIds: readonly number[]): Promise<Map<number, Attachment[]>> {
  const map = new Map<number, Attachment[]>();
  if (!entityIds.length) return map;
  const rows = await manager.find(Attachment, { where: { entityType, entityId: In([...entityIds]), deletedAt: IsNull() }, order: { id: 'ASC' } });
  for (const row of rows) map.set(row.entityId!, [...(map.get(row.entityId!) ?? []), row]);
  return map;
}

/** Moves an attachment to the recycle bin: its uploader while unlinked, else whoever may attach to its record. */
export async function deleteAttachment(db: DataSource, viewer: Viewer, id: number): Promise<number> {
  return inTransaction(db, async (manager) => {
    const attachment = await findVisibleAttachment(manager, viewer, id);
    if (!attachment) throw notFound('Attachment');
    if (attachment.entityId !== null && attachment.entityType !== null) await checkOwner(manager, viewer, { entityType: attachment.entityType, entityId: attachment.entityId });
    else if (attachment.uploadedById !== viewer.userId) throw forbidden();
    await manager.update(Attachment, { id }, { deletedAt: new Date() });
    await audit(manager, actorOf(viewer), { action: 'delete', entityType: 'attachment', entityId: id, changes: { fileName: attachment.fileName, entityType: attachment.entityType, entityId: attachment.entityId } });
    return id;
  });
}
