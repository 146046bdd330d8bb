// Replies and mentions in a comment thread (issue 11 item 4): the author answers a leader's 批示 without
// supervision:comment; anyone in the thread may @ a colleague, who is told only when they can read the record;
// those outside the thread may not reply, those who cannot read it do not see it at all. Approvals on the timeline.
import { DataSource, IsNull, Not } from 'typeorm';
import { Comment, CommentReceipt, CustomerTeamMember, Notification } from '@/entities';
import { closeTestDatabase, openTestDatabase } from '../support/database';
import { codeOf, gql, ok } from '../support/api';
import { makeCustomer, makeDepartment, roleByCode, rootDepartment } from '../support/factories';
import { Actor, COMMENT_ON, actor, fieldsOf, logFollowUp } from './followup-support';
import { Company, activeStep, as, contractInput, createContract, decide, makeCompany, saveFlow, submit } from './contract-support';

let db: DataSource;
let li: Actor; let sun: Actor; let wang: Actor; let chen: Actor; let boss: Actor;
const REPLY = 'mutation($input: ReplyToCommentInput!) { replyToComment(input: $input) { id content replyToId targetType targetId author { username } } }';
const THREAD = 'query($t: String!, $id: ID!) { comments(targetType: $t, targetId: $id) { nodes { id content replyToId viewerCanReply author { username } } } }';
const reply = (who: Actor | null, commentId: string | number, content: string, mentionIds?: (string | number)[]) =>
  gql(who?.as ?? null, REPLY, { input: { commentId: String(commentId), content, mentionIds: mentionIds?.map(String) } });

beforeAll(async () => {
  db = await openTestDatabase();
  const root = await rootDepartment(db);
  const north = await makeDepartment(db, root, '华北');
  const south = await makeDepartment(db, root, '华南');
  li = await actor(db, ['SALES'], north);
  sun = await actor(db, ['SALES'], north);
  wang = await actor(db, ['DEPT_MANAGER'], north);
  chen = await actor(db, ['DEPT_MANAGER'], south);
  boss = await actor(db, ['SUPER_ADMIN'], root);
});
afterAll(async () => closeTestDatabase(db));

async function leaderComment() {
  const customer = await makeCustomer(db, li.user);
  const followUp = await logFollowUp(li.as, 'customer', customer.id);
  const made = await ok(wang.as, COMMENT_ON, { input: { targetType: 'followup', targetId: followUp.id, content: '预算要问清楚' } });
  return { customer, followUp, commentId: made.commentOn.id as string };
}

test('the author replies to a leader\'s 批示: the leader is told, the reply names what it answers', async () => {
  const { followUp, commentId } = await leaderComment();
  const thread = await ok(li.as, THREAD, { t: 'followup', id: followUp.id });
  expect(thread.comments.nodes).toEqual([expect.objectContaining({ id: commentId, viewerCanReply: true, replyToId: null })]);
  // li holds no supervision:comment: a new 批示 is refused, a reply in the thread is not.
  expect(codeOf(await gql(li.as, COMMENT_ON, { input: { targetType: 'followup', targetId: followUp.id, content: '再问' } }))).toBe('FORBIDDEN');
  const answer = await ok(li.as, REPLY, { input: { commentId, content: '  已问清，预算 50 万  ' } });
  expect(answer.replyToComment).toMatchObject({ content: '已问清，预算 50 万', replyToId: commentId, targetType: 'followup', targetId: followUp.id, author: { username: li.user.username } });
  const told = await db.getRepository(Notification).findBy({ userId: wang.user.id, kind: 'comment', entityType: 'followup', entityId: Number(followUp.id) });
  expect(told.map((n) => n.title)).toEqual([`${li.user.name} 回复`]);
  expect(await db.getRepository(CommentReceipt).countBy({ commentId: Number(answer.replyToComment.id), userId: wang.user.id })).toBe(1);
  const after = await ok(wang.as, THREAD, { t: 'followup', id: followUp.id });
  expect(after.comments.nodes.map((c: { content: string }) => c.content)).toEqual(['预算要问清楚', '已问清，预算 50 万']);
});

test('an @ reaches a colleague who can read the record, and never one who cannot; the mentioned may then reply', async () => {
  const { customer, followUp, commentId } = await leaderComment();
  // sun can read the customer as a team member, but takes no part in the thread yet.
  await db.getRepository(CustomerTeamMember).insert({ customerId: customer.id, userId: sun.user.id, canEdit: false });
  expect((await ok(sun.as, THREAD, { t: 'followup', id: followUp.id })).comments.nodes[0].viewerCanReply).toBe(false);
  const before = await db.getRepository(Comment).count();
  expect(codeOf(await reply(sun, commentId, '我也想说'))).toBe('FORBIDDEN');
  expect(await db.getRepository(Comment).count()).toBe(before);

  const mention = await reply(li, commentId, '@孙 @陈 请看一下', [sun.user.id, chen.user.id]);
  expect(mention.errors).toBeUndefined();
  const mentions = await db.getRepository(Notification).findBy({ kind: 'mention', entityType: 'followup', entityId: Number(followUp.id) });
  expect(mentions.map((n) => n.userId)).toEqual([sun.user.id]);
  expect(await db.getRepository(CommentReceipt).countBy({ userId: chen.user.id })).toBe(0);
  expect((await ok(sun.as, '{ unreadCommentCount }')).unreadCommentCount).toBe(1);
  expect(codeOf(await gql(chen.as, THREAD, { t: 'followup', id: followUp.id }))).toBe('NOT_FOUND');

  expect((await ok(sun.as, THREAD, { t: 'followup', id: followUp.id })).comments.nodes[0].viewerCanReply).toBe(true);
  expect((await reply(sun, commentId, '收到')).errors).toBeUndefined();
});

test('a leader @s a colleague in a new 批示; mentions are validated', async () => {
  const customer = await makeCustomer(db, li.user);
  const made = await ok(wang.as, COMMENT_ON, { input: { targetType: 'customer', targetId: String(customer.id), content: '@老板 看看', mentionIds: [String(boss.user.id)] } });
  expect(await db.getRepository(Notification).countBy({ userId: boss.user.id, kind: 'mention', entityType: 'customer', entityId: customer.id })).toBe(1);
  expect(await db.getRepository(Notification).countBy({ userId: boss.user.id, kind: 'comment', entityType: 'customer', entityId: customer.id })).toBe(0);
  // Opening the record clears both the comment's and the mention's marks.
  expect((await ok(boss.as, 'mutation($t: String!, $id: ID!) { markCommentsRead(targetType: $t, targetId: $id) }', { t: 'customer', id: String(customer.id) })).markCommentsRead).toBe(1);
  expect(await db.getRepository(Notification).countBy({ userId: boss.user.id, kind: 'mention', readAt: Not(IsNull()), entityId: customer.id })).toBe(1);
  expect((await ok(boss.as, '{ unreadNotificationCount }')).unreadNotificationCount).toBe(0);

  const before = await db.getRepository(Comment).count();
  expect(fieldsOf(await gql(wang.as, COMMENT_ON, { input: { targetType: 'customer', targetId: String(customer.id), content: '看', mentionIds: ['999999'] } }))).toEqual(['mentionIds']);
  expect(fieldsOf(await gql(wang.as, COMMENT_ON, { input: { targetType: 'customer', targetId: String(customer.id), content: '看', mentionIds: ['abc'] } }))).toEqual(['mentionIds']);
  expect(fieldsOf(await reply(li, made.commentOn.id, '   '))).toEqual(['content']);
  expect(fieldsOf(await reply(li, made.commentOn.id, '好', ['-3']))).toEqual(['mentionIds']);
  expect(codeOf(await reply(li, made.commentOn.id, '长'.repeat(2001)))).toBe('BAD_USER_INPUT');
  expect(codeOf(await reply(li, 999999, '好'))).toBe('NOT_FOUND');
  expect(codeOf(await reply(chen, made.commentOn.id, '好'))).toBe('NOT_FOUND');
  expect(codeOf(await reply(null, made.commentOn.id, '好'))).toBe('UNAUTHENTICATED');
  expect(await db.getRepository(Comment).count()).toBe(before);
});

describe('approvals on the timeline', () => {
  let c: Company;
  beforeAll(async () => { c = await makeCompany(db); });
  afterAll(async () => { await saveFlow(db, c.settings, 'CONTRACT', [], false); });

  test('a contract\'s submission and each decision appear on its timeline, and on its customer\'s', async () => {
    const financeRoleId = String((await roleByCode(db, 'FINANCE')).id);
    await saveFlow(db, c.settings, 'CONTRACT', [{ name: '部门负责人审批', approverType: 'DEPARTMENT_HEAD' }, { name: '财务审批', approverType: 'ROLE', roleId: financeRoleId }]);
    const contract = await createContract(db, c.li, contractInput(c.customerOfLi, { title: '时间线合同' }));
    // A second apart: MariaDB and SQLite keep creation times to different precisions.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 1100));
    await submit(db, c.li, contract.id);
    await pause();
    await decide(db, c.manager, (await activeStep(db, contract.id))!.id, 'approve', '同意');
    await pause();
    await decide(db, c.finance, (await activeStep(db, contract.id))!.id, 'reject', '金额不对');
    const TL = `query($t: String!, $id: ID!) { timeline(targetType: $t, targetId: $id, kinds: ["APPROVAL"]) { totalCount nodes { kind title summary status targetType targetId actor { username } } } }`;
    const seen = (await ok(await as(db, c.li), TL, { t: 'contract', id: contract.id })).timeline;
    expect(seen.totalCount).toBe(3);
    expect(seen.nodes.map((n: { status: string; title: string; summary: string | null; actor: { username: string } }) => [n.status, n.title, n.summary, n.actor.username])).toEqual([
      ['REJECTED', '财务审批', '金额不对', c.finance.username],
      ['APPROVED', '部门负责人审批', '同意', c.manager.username],
      ['SUBMITTED', expect.any(String), null, c.li.username],
    ]);
    const onCustomer = (await ok(await as(db, c.li), TL, { t: 'customer', id: String(c.customerOfLi.id) })).timeline;
    expect(onCustomer.nodes.filter((n: { targetId: string }) => n.targetId === contract.id)).toHaveLength(3);
    expect((await ok(await as(db, c.li), '{ timelineKinds }')).timelineKinds).toContain('APPROVAL');
  });
});
