// Calls the real GraphQL endpoint (the Next.js route handler) as a given user, through a real API token
// or a real session cookie, and returns the parsed response.
import { NextRequest } from 'next/server';
import { encode } from 'next-auth/jwt';
import { DataSource } from 'typeorm';
import { ApiToken, User } from '@/entities';
import { hashToken } from '@/lib/auth/api-token.service';
import { POST } from '@/app/api/graphql/route';

export interface GqlResult<T = any> { data?: T; errors?: { message: string; extensions?: Record<string, any>; path?: string[] }[] }

export type As = { token: string } | { cookie: string } | null;

const tokens = new Map<number, string>();

/** A working API token for the user, created directly in the database (cached per user). */
export async function tokenFor(db: DataSource, user: Pick<User, 'id'>): Promise<As> {
  let token = tokens.get(user.id);
  const exists = token ? await db.getRepository(ApiToken).existsBy({ tokenHash: hashToken(token) }) : false;
  if (!token || !exists) {
    token = `crm_test_${user.id}_${Math.random().toString(36).slice(2)}`;
    await db.getRepository(ApiToken).insert({ userId: user.id, name: 'test', tokenHash: hashToken(token), prefix: token.slice(0, 12), expiresAt: new Date(Date.now() + 86400000) });
    tokens.set(user.id, token);
  }
  return { token };
}

/** A next-auth session cookie as the browser would carry it after signing in. */
export async function sessionCookieFor(user: Pick<User, 'id' | 'sessionVersion' | 'username'>): Promise<As> {
  const jwt = await encode({ token: { uid: user.id, sv: user.sessionVersion, username: user.username }, secret: process.env.NEXTAUTH_SECRET! });
  return { cookie: `next-auth.session-token=${jwt}` };
}

export async function gql<T = any>(as: As, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': '10.0.0.7' };
  if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
  if (as && 'cookie' in as) headers.cookie = as.cookie;
  const req = new NextRequest('http://localhost/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const res = await POST(req);
  return (await res.json()) as GqlResult<T>;
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export async function ok<T = any>(as: As, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(as, query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  return result.data as T;
}

/** The extensions.code of the first error (undefined when the call succeeded). */
export const codeOf = (result: GqlResult) => result.errors?.[0]?.extensions?.code as string | undefined;
