// Helpers for the follow-up, comment, attachment and timeline tests: actors, GraphQL documents, and calls to
// the real attachment route handlers with a token, a session cookie or nothing.
import { NextRequest } from 'next/server';
import { DataSource } from 'typeorm';
import { Department, User } from '@/entities';
import { POST as uploadRoute } from '@/app/api/attachments/route';
import { GET as downloadRoute } from '@/app/api/attachments/[id]/route';
import { As, GqlResult, gql, ok, tokenFor } from '../support/api';
import { makeUser, roleByCode, rootDepartment } from '../support/factories';

export interface Actor { user: User; as: As }

export async function actor(db: DataSource, roleCodes: string[], department?: Department, input: Partial<User> = {}): Promise<Actor> {
  const roles = await Promise.all(roleCodes.map((code) => roleByCode(db, code)));
  const user = await makeUser(db, department ?? (await rootDepartment(db)), roles, input);
  return { user, as: await tokenFor(db, user) };
}

/** The field names of a BAD_USER_INPUT error. */
export const fieldsOf = (result: GqlResult) =>
  ((result.errors?.[0]?.extensions?.fields ?? []) as { field: string }[]).map((f) => f.field).sort();

export const FOLLOW_UP_FIELDS = `id parentType parentId subject method participants objective result nextStep occurredAt nextContactAt
  substantive createdAt author { id username } parent { type id title } viewerCanEdit commentCount unreadCommentCount
  attachments { id fileName size mimeType url }`;

export const CREATE = `mutation($input: CreateFollowUpInput!) { createFollowUp(input: $input) { ${FOLLOW_UP_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { ${FOLLOW_UP_FIELDS} } }`;
export const DELETE = 'mutation($id: ID!) { deleteFollowUp(id: $id) { ids } }';
export const LIST = `query($filter: FollowUpFilter, $first: Int, $after: String, $offset: Int, $orderBy: FollowUpOrder) {
  followUps(filter: $filter, first: $first, after: $after, offset: $offset, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id subject occurredAt author { username } } } }`;
export const ONE = `query($id: ID!) { followUp(id: $id) { ${FOLLOW_UP_FIELDS} } }`;
export const COMMENT_ON = 'mutation($input: CommentOnInput!) { commentOn(input: $input) { id content targetType targetId author { username } unread } }';
export const COMMENTS = `query($t: String!, $id: ID!) { comments(targetType: $t, targetId: $id) { totalCount nodes { id content unread author { username } target { type id title } } } }`;
export const MARK_READ = 'mutation($t: String!, $id: ID!) { markCommentsRead(targetType: $t, targetId: $id) }';
export const TIMELINE = `query($t: String!, $id: ID!, $first: Int, $after: String, $kinds: [String!]) {
  timeline(targetType: $t, targetId: $id, first: $first, after: $after, kinds: $kinds) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind entityId at targetType targetId title summary actor { username } target { type id title }
      followUp { id subject } comment { id content } auditEntry { id action entityType } } } }`;

/** A follow-up created through the API with sensible defaults. */
export async function logFollowUp(as: As, parentType: string, parentId: number | string, input: Record<string, unknown> = {}) {
  const data = await ok(as, CREATE, { input: {
    parentType, parentId: String(parentId), subject: '致电', method: 'PHONE', objective: '了解需求', result: '客户有采购意向', ...input,
  } });
  return data.createFollowUp as { id: string; [key: string]: any };
}

function headersFor(as: As): Record<string, string> {
  if (as && 'token' in as) return { authorization: `Bearer ${as.token}` };
  if (as && 'cookie' in as) return { cookie: as.cookie };
  return {};
}

export interface UploadResult { status: number; body: any }

/** POST /api/attachments through the real route handler. */
export async function upload(as: As, file: { name: string; content: string | Uint8Array; type?: string } | null, fields: Record<string, string> = {}): Promise<UploadResult> {
  const form = new FormData();
  if (file) form.append('file', new Blob([file.content as BlobPart], { type: file.type ?? 'application/octet-stream' }), file.name);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  const res = await uploadRoute(new NextRequest('http://localhost/api/attachments', { method: 'POST', headers: headersFor(as), body: form }));
  return { status: res.status, body: await res.json() };
}

/** GET /api/attachments/:id through the real route handler. */
export async function download(as: As, id: string | number, query = '') {
  const res = await downloadRoute(new NextRequest(`http://localhost/api/attachments/${id}${query}`, { headers: headersFor(as) }), { params: Promise.resolve({ id: String(id) }) });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes, text: bytes.toString('utf8') };
}

export { gql, ok };
