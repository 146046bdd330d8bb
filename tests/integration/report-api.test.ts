// Work reports through the API: writing one (generated subject, default leader, chosen recipients, one per
// period), read receipts and unread marks, lists and filters, who sees and changes what, comments (批示),
// attachments, the draft, and deletion.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { AuditLog, Department, Report, ReportRecipient, User } from '@/entities';
import { UserStatus } from '@/entities/user.entity';
import { Notification } from '@/entities/notification.entity';
import { todayIn } from '@/lib/contract/dates';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { COMMENT_ON, download, fieldsOf, upload } from './followup-support';
import {
  CREATE_REPORT, Company, DELETE_REPORT, DRAFT, MARK_REPORT_READ, RECEIVED, REPORT, REPORTS, UPDATE_REPORT, makeCompany,
} from './task-support';

let db: DataSource;
let co: Company;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-report-files-'));
  process.env.ATTACHMENT_DIR = dir;
  db = await openTestDatabase();
  co = await makeCompany(db);
});
afterAll(async () => {
  await closeTestDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (as: Company['li']['as'], input: Record<string, unknown>) => ok(as, CREATE_REPORT, { input: { kind: 'WEEKLY', content: '本周拜访客户 5 家', ...input } });
const recipients = (r: { recipients: { user: { username: string } }[] }) => r.recipients.map((x) => x.user.username).sort();

describe('writing', () => {
  test('the subject is generated from kind, period and author; it goes to the head of the author’s department', async () => {
    const data = await write(co.li.as, { date: '2026-11-18' });
    const r = data.createReport;
    expect(r).toMatchObject({ kind: 'WEEKLY', periodStart: '2026-11-16', periodEnd: '2026-11-22', subject: '2026年第47周工作周报—李娜', viewerCanEdit: true, readCount: 0 });
    // li is in 北京组 (no head) under 华北大区, headed by wang.
    expect(recipients(r)).toEqual([co.wang.user.username]);
    expect(r.recipients[0].readAt).toBeNull();
    const told = await db.getRepository(Notification).findOneByOrFail({ userId: co.wang.user.id, kind: 'report.received', entityId: Number(r.id) });
    expect(told.title).toBe('2026年第47周工作周报—李娜');
    expect(await db.getRepository(AuditLog).countBy({ entityType: 'report', entityId: Number(r.id), action: 'create' })).toBe(1);
  });

  test('a head reports to the head of the department above; chosen colleagues are added', async () => {
    const data = await write(co.wang.as, { kind: 'MONTHLY', date: '2026-11-05', recipientIds: [String(co.chen.user.id)] });
    expect(data.createReport.subject).toBe('2026年11月工作月报—王建国');
    expect(recipients(data.createReport)).toEqual([co.boss.user.username, co.chen.user.username].sort());
  });

  test('every kind has its format', async () => {
    const subjects = [];
    for (const [kind, date] of [['DAILY', '2026-11-23'], ['HALF_YEAR', '2026-05-01'], ['ANNUAL', '2026-12-01']]) {
      subjects.push((await write(co.sun.as, { kind, date })).createReport.subject);
    }
    expect(subjects).toEqual(['2026年11月23日工作日报—孙磊', '2026年上半年工作总结—孙磊', '2026年年终总结—孙磊']);
  });

  test('the period defaults to today in the company’s time zone', async () => {
    const data = await write(co.zhou.as, { kind: 'DAILY' });
    expect(data.createReport.periodStart).toBe(todayIn());
  });

  test('one report per author, kind and period: a second is CONFLICT naming the existing one', async () => {
    const first = await write(co.sun.as, { kind: 'WEEKLY', date: '2026-10-05' });
    const again = await gql(co.sun.as, CREATE_REPORT, { input: { kind: 'WEEKLY', date: '2026-10-08', content: 'x' } });
    expect(codeOf(again)).toBe('CONFLICT');
    expect(again.errors![0].extensions!.existingReportId).toBe(first.createReport.id);
    // Another kind for the same days is fine.
    expect((await write(co.sun.as, { kind: 'DAILY', date: '2026-10-08' })).createReport.subject).toBe('2026年10月8日工作日报—孙磊');
  });

  test('bad input: content required, a real date, active recipients, at least one recipient', async () => {
    expect(fieldsOf(await gql(co.li.as, CREATE_REPORT, { input: { kind: 'DAILY', date: '2026-09-01', content: '  ' } }))).toEqual(['content']);
    expect(fieldsOf(await gql(co.li.as, CREATE_REPORT, { input: { kind: 'DAILY', date: '2026-09-31', content: 'x' } }))).toEqual(['date']);
    expect(fieldsOf(await gql(co.li.as, CREATE_REPORT, { input: { kind: 'DAILY', date: '2026-09-01', content: 'x', recipientIds: ['999999'] } }))).toEqual(['recipientIds']);
    // The top of the company has no leader: without chosen recipients there is nobody to send it to.
    expect(fieldsOf(await gql(co.boss.as, CREATE_REPORT, { input: { kind: 'DAILY', date: '2026-09-01', content: 'x' } }))).toEqual(['recipientIds']);
    expect(fieldsOf(await gql(co.li.as, CREATE_REPORT, { input: { kind: 'DAILY', date: '2026-09-01', content: 'x', includeLeader: false } }))).toEqual(['recipientIds']);
    expect(await db.getRepository(Report).countBy({ periodStart: '2026-09-01' })).toBe(0);
  });

  test('the draft gives the subject, the period, the leader and the seed’s content template', async () => {
    const data = await ok(co.li.as, DRAFT, { kind: 'WEEKLY', date: '2026-11-18' });
    expect(data.reportDraft).toMatchObject({
      periodStart: '2026-11-16', periodEnd: '2026-11-22', subject: '2026年第47周工作周报—李娜', leader: { username: co.wang.user.username },
      content: '王建国：\n2026年第47周工作周报，详情见附件。谢谢！\n李娜',
    });
    expect(data.reportDraft.existingReportId).not.toBeNull(); // written in the first test
    expect((await ok(co.li.as, DRAFT, { kind: 'WEEKLY', date: '2026-12-02' })).reportDraft.existingReportId).toBeNull();
    expect(codeOf(await gql(co.li.as, DRAFT, { kind: 'WEEKLY', date: 'soon' }))).toBe('BAD_USER_INPUT');
  });

  test('anyone may write reports, even without any business data scope', async () => {
    const data = await write(co.clerk.as, { kind: 'DAILY', date: '2026-11-20' });
    expect(recipients(data.createReport)).toEqual([co.boss.user.username]);
  });
});

describe('reading', () => {
  test('opening marks the recipient’s read receipt (once) and the notification read; the author sees who read it', async () => {
    const r = (await write(co.sun.as, { kind: 'WEEKLY', date: '2026-09-09', recipientIds: [String(co.li.user.id)] })).createReport;
    expect((await ok(co.wang.as, REPORT, { id: r.id })).report.unread).toBe(true);
    const received = await ok(co.wang.as, RECEIVED, { unreadOnly: true });
    expect(received.myReceivedReports.nodes.map((n: { id: string }) => n.id)).toContain(r.id);
    const opened = await ok(co.wang.as, MARK_REPORT_READ, { id: r.id });
    expect(opened.markReportRead.unread).toBe(false);
    expect(opened.markReportRead.readCount).toBe(1);
    const receipt = await db.getRepository(ReportRecipient).findOneByOrFail({ reportId: Number(r.id), userId: co.wang.user.id });
    const firstRead = receipt.readAt!.getTime();
    await ok(co.wang.as, MARK_REPORT_READ, { id: r.id });
    expect((await db.getRepository(ReportRecipient).findOneByOrFail({ id: receipt.id })).readAt!.getTime()).toBe(firstRead);
    expect((await db.getRepository(Notification).findOneByOrFail({ userId: co.wang.user.id, kind: 'report.received', entityId: Number(r.id) })).readAt).not.toBeNull();
    expect((await ok(co.wang.as, RECEIVED, { unreadOnly: true })).myReceivedReports.nodes.map((n: { id: string }) => n.id)).not.toContain(r.id);
    const asAuthor = (await ok(co.sun.as, REPORT, { id: r.id })).report;
    const byUser = Object.fromEntries(asAuthor.recipients.map((x: { user: { username: string }; readAt: string | null }) => [x.user.username, x.readAt]));
    expect(byUser[co.wang.user.username]).not.toBeNull();
    expect(byUser[co.li.user.username]).toBeNull();
    expect(asAuthor.unread).toBe(false);
  });

  test('a leader who is not a recipient may open it without leaving a receipt', async () => {
    const r = (await write(co.sun.as, { kind: 'DAILY', date: '2026-09-10', recipientIds: [String(co.li.user.id)], includeLeader: false })).createReport;
    expect(recipients(r)).toEqual([co.li.user.username]);
    const opened = await ok(co.wang.as, MARK_REPORT_READ, { id: r.id });
    expect(opened.markReportRead.readCount).toBe(0);
    expect(await db.getRepository(ReportRecipient).countBy({ reportId: Number(r.id) })).toBe(1);
  });

  test('visibility: author, recipients and leaders over the author; NOT_FOUND / null for everyone else', async () => {
    const r = (await write(co.li.as, { kind: 'DAILY', date: '2026-09-11', recipientIds: [String(co.zhou.user.id)] })).createReport;
    expect((await ok(co.zhou.as, REPORT, { id: r.id })).report.subject).toBe('2026年9月11日工作日报—李娜'); // recipient
    expect((await ok(co.wang.as, REPORT, { id: r.id })).report).not.toBeNull(); // leader and recipient
    expect((await ok(co.boss.as, REPORT, { id: r.id })).report).not.toBeNull(); // everything
    expect((await ok(co.sun.as, REPORT, { id: r.id })).report).toBeNull(); // a peer
    expect((await ok(co.chen.as, REPORT, { id: r.id })).report).toBeNull(); // another region's leader
    expect(codeOf(await gql(co.sun.as, MARK_REPORT_READ, { id: r.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(co.chen.as, COMMENT_ON, { input: { targetType: 'report', targetId: r.id, content: '看看' } }))).toBe('NOT_FOUND');
  });

  test('reports lists with filters: author, department, kind, period; totalCount matches', async () => {
    const all = await ok(co.wang.as, REPORTS, { first: 200 });
    expect(all.reports.totalCount).toBe(all.reports.nodes.length);
    const authors = new Set(all.reports.nodes.map((n: { author: { username: string } }) => n.author.username));
    expect(authors.has(co.zhou.user.username)).toBe(false); // zhou's reports never went to wang
    const byAuthor = await ok(co.wang.as, REPORTS, { filter: { authorId: String(co.sun.user.id) }, first: 200 });
    expect(byAuthor.reports.nodes.every((n: { author: { username: string } }) => n.author.username === co.sun.user.username)).toBe(true);
    expect(byAuthor.reports.totalCount).toBeGreaterThanOrEqual(4);
    const kind = await ok(co.wang.as, REPORTS, { filter: { authorId: String(co.sun.user.id), kind: 'ANNUAL' } });
    expect(kind.reports.nodes.map((n: { subject: string }) => n.subject)).toEqual(['2026年年终总结—孙磊']);
    const period = await ok(co.wang.as, REPORTS, { filter: { authorId: String(co.sun.user.id), from: '2026-10-06T00:00:00+08:00', to: '2026-10-08T00:00:00+08:00' } });
    expect(period.reports.nodes.map((n: { subject: string }) => n.subject).sort()).toEqual(['2026年10月8日工作日报—孙磊', '2026年第41周工作周报—孙磊', '2026年年终总结—孙磊'].sort());
    const dept = await ok(co.boss.as, REPORTS, { filter: { departmentId: String(co.beijing.id) }, first: 200 });
    expect(new Set(dept.reports.nodes.map((n: { author: { username: string } }) => n.author.username))).toEqual(new Set([co.li.user.username, co.sun.user.username]));
    const keyword = await ok(co.sun.as, REPORTS, { filter: { keyword: '年终' } });
    expect(keyword.reports.nodes.map((n: { subject: string }) => n.subject)).toEqual(['2026年年终总结—孙磊']);
  });
});

describe('changing', () => {
  test('only the author changes content and adds recipients (who are told); others get FORBIDDEN or NOT_FOUND', async () => {
    const r = (await write(co.li.as, { kind: 'DAILY', date: '2026-08-03' })).createReport;
    expect(codeOf(await gql(co.wang.as, UPDATE_REPORT, { id: r.id, input: { content: '领导改' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(co.sun.as, UPDATE_REPORT, { id: r.id, input: { content: 'x' } }))).toBe('NOT_FOUND');
    const data = await ok(co.li.as, UPDATE_REPORT, { id: r.id, input: { content: '补充：明天拜访', addRecipientIds: [String(co.sun.user.id), String(co.wang.user.id)] } });
    expect(data.updateReport.content).toBe('补充：明天拜访');
    expect(recipients(data.updateReport)).toEqual([co.sun.user.username, co.wang.user.username].sort());
    expect(await db.getRepository(Notification).countBy({ userId: co.sun.user.id, kind: 'report.received', entityId: Number(r.id) })).toBe(1);
    expect(await db.getRepository(Notification).countBy({ userId: co.wang.user.id, kind: 'report.received', entityId: Number(r.id) })).toBe(1);
    expect(fieldsOf(await gql(co.li.as, UPDATE_REPORT, { id: r.id, input: { content: ' ' } }))).toEqual(['content']);
    const audit = await db.getRepository(AuditLog).findOneByOrFail({ entityType: 'report', entityId: Number(r.id), action: 'update' });
    expect(Object.keys(audit.changes!).sort()).toEqual(['addedRecipients', 'content']);
  });

  test('deleting: the author only; the report disappears for everyone and that period may be written again', async () => {
    const r = (await write(co.li.as, { kind: 'DAILY', date: '2026-08-04' })).createReport;
    expect(codeOf(await gql(co.wang.as, DELETE_REPORT, { id: r.id }))).toBe('FORBIDDEN');
    expect((await ok(co.li.as, DELETE_REPORT, { id: r.id })).deleteReport.ids).toEqual([r.id]);
    expect((await ok(co.wang.as, REPORT, { id: r.id })).report).toBeNull();
    expect(codeOf(await gql(co.li.as, DELETE_REPORT, { id: r.id }))).toBe('NOT_FOUND');
    expect((await write(co.li.as, { kind: 'DAILY', date: '2026-08-04' })).createReport.subject).toBe('2026年8月4日工作日报—李娜');
  });
});

describe('comments and attachments', () => {
  test('a leader comments (批示) on a report; the author is told and sees it unread until opened', async () => {
    const r = (await write(co.sun.as, { kind: 'DAILY', date: '2026-08-05', recipientIds: [String(co.li.user.id)] })).createReport;
    const comment = await ok(co.wang.as, COMMENT_ON, { input: { targetType: 'report', targetId: r.id, content: '客户预算要跟紧' } });
    expect(comment.commentOn.content).toBe('客户预算要跟紧');
    const asAuthor = (await ok(co.sun.as, REPORT, { id: r.id })).report;
    expect(asAuthor.commentCount).toBe(1);
    expect(asAuthor.unreadCommentCount).toBe(1);
    expect(asAuthor.comments[0].author.username).toBe(co.wang.user.username);
    expect(await db.getRepository(Notification).countBy({ userId: co.sun.user.id, kind: 'comment', entityType: 'report', entityId: Number(r.id) })).toBe(1);
    await ok(co.sun.as, 'mutation($id: ID!) { markCommentsRead(targetType: "report", targetId: $id) }', { id: r.id });
    expect((await ok(co.sun.as, REPORT, { id: r.id })).report.unreadCommentCount).toBe(0);
    // A recipient without the supervision:comment permission reads it but may not comment.
    expect((await ok(co.li.as, REPORT, { id: r.id })).report.comments).toHaveLength(1);
    expect(codeOf(await gql(co.li.as, COMMENT_ON, { input: { targetType: 'report', targetId: r.id, content: 'x' } }))).toBe('FORBIDDEN');
  });

  test('files go on a report; recipients download them, outsiders cannot', async () => {
    const uploaded = await upload(co.li.as, { name: '第47周周报.docx', content: 'weekly report body' });
    expect(uploaded.status).toBe(201);
    const r = (await write(co.li.as, { kind: 'WEEKLY', date: '2026-07-01', attachmentIds: [uploaded.body.attachment.id] })).createReport;
    expect(r.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['第47周周报.docx']);
    expect((await download(co.wang.as, uploaded.body.attachment.id)).text).toBe('weekly report body');
    expect((await download(co.chen.as, uploaded.body.attachment.id)).status).toBe(404);
    // Only the author attaches more files to it.
    expect((await upload(co.wang.as, { name: 'x.txt', content: 'x' }, { entityType: 'report', entityId: r.id })).status).toBe(403);
    expect((await upload(co.li.as, { name: '附件2.txt', content: 'more' }, { entityType: 'report', entityId: r.id })).status).toBe(201);
    expect((await ok(co.wang.as, REPORT, { id: r.id })).report.attachments).toHaveLength(2);
    // Someone else's upload cannot be attached.
    const others = await upload(co.sun.as, { name: 's.txt', content: 's' });
    expect(fieldsOf(await gql(co.li.as, CREATE_REPORT, { input: { kind: 'DAILY', date: '2026-07-02', content: 'x', attachmentIds: [others.body.attachment.id] } }))).toEqual(['attachmentIds']);
    expect(await db.getRepository(Report).countBy({ periodStart: '2026-07-02' })).toBe(0);
  });
});

test('the default leader: the head above when the author heads their department; a head who is not active is skipped', async () => {
  await db.getRepository(Department).update({ id: co.south.id }, { headId: co.zhou.user.id });
  const data = await write(co.zhou.as, { kind: 'DAILY', date: '2026-06-01' });
  expect(recipients(data.createReport)).toEqual([co.boss.user.username]); // zhou heads 华南 now: up to the root's head
  await db.getRepository(Department).update({ id: co.south.id }, { headId: co.chen.user.id });
  await db.getRepository(User).update({ id: co.wang.user.id }, { status: UserStatus.DISABLED });
  try {
    expect((await ok(co.li.as, DRAFT, { kind: 'DAILY', date: '2026-06-01' })).reportDraft.leader.username).toBe(co.boss.user.username);
  } finally {
    await db.getRepository(User).update({ id: co.wang.user.id }, { status: UserStatus.ACTIVE });
  }
});
