// Attachments through the real route handlers: upload limits and name sanitising, storage outside the web root
// under a random name, linking to follow-ups, and downloads refused (404) to anyone who cannot see the record.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { Attachment, AuditLog } from '@/entities';
import { registerAttachmentOwner } from '@/lib/attachment/attachment.service';
import { sanitizeFileName } from '@/lib/attachment/attachment.storage';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok, sessionCookieFor } from '../support/api';
import { makeCustomer, makeDepartment, rootDepartment } from '../support/factories';
import { Actor, ONE, actor, download, fieldsOf, logFollowUp, upload } from './followup-support';

let db: DataSource;
let dir: string;
let li: Actor; let sun: Actor; let wang: Actor;
const PDF = { name: '报价单.pdf', content: '%PDF-1.4 test quotation', type: 'application/pdf' };

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-attachments-'));
  process.env.ATTACHMENT_DIR = dir;
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  li = await actor(db, ['SALES'], north);
  sun = await actor(db, ['SALES'], north);
  wang = await actor(db, ['DEPT_MANAGER'], north);
});
afterAll(async () => {
  await closeTestDatabase(db);
  delete process.env.ATTACHMENT_DIR;
  fs.rmSync(dir, { recursive: true, force: true });
});
afterEach(() => { delete process.env.ATTACHMENT_MAX_BYTES; delete process.env.ATTACHMENT_TYPES; });

const filesOnDisk = () => fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);

test('an upload is stored under ATTACHMENT_DIR with a random name and a sanitised display name', async () => {
  const res = await upload(li.as, { name: '../../etc/合同<草稿>\u202e.pdf', content: '%PDF-1.4 contract' });
  expect(res.status).toBe(201);
  expect(res.body.attachment).toMatchObject({ fileName: '合同草稿.pdf', size: 17, mimeType: 'application/pdf' });
  const row = await db.getRepository(Attachment).findOneByOrFail({ id: Number(res.body.attachment.id) });
  expect(row).toMatchObject({ entityType: null, entityId: null, uploadedById: li.user.id });
  expect(row.storageName).toMatch(/^[0-9a-f]{40}$/);
  const stored = path.join(dir, row.storageName.slice(0, 2), row.storageName);
  expect(fs.readFileSync(stored, 'utf8')).toBe('%PDF-1.4 contract');
  expect(filesOnDisk().every((name) => !name.includes('合同'))).toBe(true);
  expect(path.relative(path.join(process.cwd(), 'public'), stored).startsWith('..')).toBe(true);
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'attachment', entityId: row.id, action: 'upload' })).toBe(1);
});

test('file names lose directories, control and reserved characters, and keep their extension when shortened', () => {
  expect(sanitizeFileName('C:\\Users\\li\\报告.docx')).toBe('报告.docx');
  expect(sanitizeFileName('  ..hidden.txt. ')).toBe('hidden.txt');
  expect(sanitizeFileName('a\u0000b|c?d*.png')).toBe('abcd.png');
  expect(sanitizeFileName('////')).toBe('file');
  const long = sanitizeFileName(`${'名'.repeat(150)}.xlsx`);
  expect([...long]).toHaveLength(100);
  expect(long.endsWith('.xlsx')).toBe(true);
});

test('size and type limits (ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES) answer 400 BAD_USER_INPUT on the file field', async () => {
  const before = filesOnDisk().length;
  process.env.ATTACHMENT_MAX_BYTES = '100';
  const big = await upload(li.as, { name: 'big.pdf', content: 'x'.repeat(101) });
  expect(big.status).toBe(400);
  expect(big.body.error).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'file', message: 'must be at most 100 bytes' }] });
  const huge = await upload(li.as, { name: 'huge.pdf', content: 'x'.repeat(200 * 1024) });
  expect(huge.status).toBe(400);
  expect((await upload(li.as, { name: 'ok.pdf', content: 'x'.repeat(100) })).status).toBe(201);
  const exe = await upload(li.as, { name: 'setup.exe', content: 'MZ' });
  expect(exe.status).toBe(400);
  expect(exe.body.error.fields[0].field).toBe('file');
  expect((await upload(li.as, { name: 'noextension', content: 'x' })).status).toBe(400);
  process.env.ATTACHMENT_TYPES = 'png, .jpg';
  expect((await upload(li.as, { name: 'a.pdf', content: 'x' })).status).toBe(400);
  expect((await upload(li.as, { name: 'a.PNG', content: 'x' })).status).toBe(201);
  expect((await upload(li.as, { name: 'empty.png', content: '' })).status).toBe(400);
  const none = await upload(li.as, null, { note: 'no file' });
  expect(none.status).toBe(400);
  expect(none.body.error.fields[0].field).toBe('file');
  expect(filesOnDisk().length).toBe(before + 2);
  expect((await upload(null, PDF)).status).toBe(401);
});

test('uploads become a follow-up’s attachments; downloads are served to those who see the parent and 404 to everyone else', async () => {
  const customer = await makeCustomer(db, li.user);
  const first = await upload(li.as, PDF);
  const second = await upload(li.as, { name: 'photo.jpg', content: 'jpegdata' });
  const pending = await download(li.as, first.body.attachment.id);
  expect(pending.status).toBe(200);
  expect((await download(wang.as, first.body.attachment.id)).status).toBe(404); // not linked yet: the uploader's alone

  const followUp = await logFollowUp(li.as, 'customer', customer.id, { attachmentIds: [first.body.attachment.id, second.body.attachment.id] });
  expect(followUp.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['报价单.pdf', 'photo.jpg']);
  const id = first.body.attachment.id;
  const mine = await download(li.as, id);
  expect(mine.status).toBe(200);
  expect(mine.text).toBe(PDF.content);
  expect(mine.headers.get('content-type')).toBe('application/pdf');
  expect(mine.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('报价单.pdf')}`);
  expect(mine.headers.get('content-disposition')).toMatch(/^attachment;/);
  expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
  expect((await download(li.as, second.body.attachment.id, '?inline=1')).headers.get('content-disposition')).toMatch(/^inline;/);
  expect((await download(wang.as, id)).status).toBe(200);
  expect((await download(await sessionCookieFor(wang.user), id)).status).toBe(200);
  for (const who of [sun.as, null, { token: 'crm_forged' }, { cookie: 'next-auth.session-token=forged' }]) {
    const res = await download(who, id);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('PDF');
  }
  expect((await download(li.as, 'abc')).status).toBe(404);
  expect((await download(li.as, 999999)).status).toBe(404);
});

test('attachment ids that are someone else’s or already linked are refused; nothing half-written', async () => {
  const customer = await makeCustomer(db, li.user);
  const sunsUpload = await upload(sun.as, PDF);
  const followUps = await db.getRepository(AuditLog).countBy({ entityType: 'followup', action: 'create' });
  const refused = await gql(li.as, 'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', { input: {
    parentType: 'customer', parentId: String(customer.id), subject: '致电', method: 'PHONE', objective: 'a', result: 'b', attachmentIds: [sunsUpload.body.attachment.id],
  } });
  expect(fieldsOf(refused)).toEqual(['attachmentIds']);
  expect(await db.getRepository(AuditLog).countBy({ entityType: 'followup', action: 'create' })).toBe(followUps);
  expect((await db.getRepository(Attachment).findOneByOrFail({ id: Number(sunsUpload.body.attachment.id) })).entityId).toBeNull();
  const own = await upload(li.as, PDF);
  await logFollowUp(li.as, 'customer', customer.id, { attachmentIds: [own.body.attachment.id] });
  const again = await gql(li.as, 'mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { id } }', { input: {
    parentType: 'customer', parentId: String(customer.id), subject: '致电', method: 'PHONE', objective: 'a', result: 'b', attachmentIds: [own.body.attachment.id],
  } });
  expect(fieldsOf(again)).toEqual(['attachmentIds']);
});

test('files go straight onto a follow-up only for whoever may change it, and can be removed', async () => {
  const customer = await makeCustomer(db, li.user);
  const followUp = await logFollowUp(li.as, 'customer', customer.id);
  const added = await upload(li.as, PDF, { entityType: 'followup', entityId: followUp.id });
  expect(added.status).toBe(201);
  expect((await ok(li.as, ONE, { id: followUp.id })).followUp.attachments).toHaveLength(1);
  const byWang = await upload(wang.as, PDF, { entityType: 'followup', entityId: followUp.id });
  expect([byWang.status, byWang.body.error.code]).toEqual([403, 'FORBIDDEN']);
  expect((await upload(sun.as, PDF, { entityType: 'followup', entityId: followUp.id })).status).toBe(404);
  expect((await upload(li.as, PDF, { entityType: 'planet', entityId: '1' })).status).toBe(400);

  const id = added.body.attachment.id;
  expect(codeOf(await gql(wang.as, 'mutation($id: ID!) { deleteAttachment(id: $id) { ids } }', { id }))).toBe('FORBIDDEN');
  expect(codeOf(await gql(sun.as, 'mutation($id: ID!) { deleteAttachment(id: $id) { ids } }', { id }))).toBe('NOT_FOUND');
  expect((await ok(li.as, 'mutation($id: ID!) { deleteAttachment(id: $id) { ids } }', { id })).deleteAttachment.ids).toEqual([id]);
  expect((await download(li.as, id)).status).toBe(404);
  expect((await db.getRepository(Attachment).findOneByOrFail({ id: Number(id) })).deletedAt).not.toBeNull();
  expect((await ok(li.as, ONE, { id: followUp.id })).followUp.attachments).toHaveLength(0);
});

test('when the row cannot be written the stored file is removed again', async () => {
  let calls = 0;
  registerAttachmentOwner('flaky', async () => { calls++; if (calls > 1) throw new Error('database went away'); });
  const before = filesOnDisk().length;
  const rows = await db.getRepository(Attachment).count();
  const res = await upload(li.as, PDF, { entityType: 'flaky', entityId: '1' });
  expect(res.status).toBe(500);
  expect(res.body.error.message).toBe('Internal server error');
  expect(filesOnDisk().length).toBe(before);
  expect(await db.getRepository(Attachment).count()).toBe(rows);
});
