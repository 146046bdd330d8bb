// The HTTP entry: reads the bearer token or session cookie, builds the context, and hands over to Apollo.
import type { NextRequest } from 'next/server';
import { getToken } from 'next-auth/jwt';
import { getDataSource } from '@/lib/db/data-source';
import { clientIp as clientIpOf } from '@/lib/auth/client-ip';
import { Credentials } from '@/lib/auth/session';
import { Context, buildContext } from './context';
import { getServer } from './server';
import { createGraphqlHandler } from './http-handler';

/** The client address, trusting X-Forwarded-For only as TRUSTED_PROXIES says (lib/auth/client-ip.ts). */
export const clientIp = (headers: Headers): string | null => clientIpOf(headers);

async function credentialsOf(req: NextRequest): Promise<Credentials> {
  const auth = req.headers.get('authorization');
  if (auth?.startsWith('Bearer ')) return { bearer: auth.slice(7).trim() };
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  const token = secret ? await getToken({ req, secret }) : null;
  if (!token?.uid) return {};
  return { session: { userId: Number(token.uid), sessionVersion: Number(token.sv) } };
}

export async function contextFor(req: NextRequest): Promise<Context> {
  const db = await getDataSource();
  return buildContext(db, await credentialsOf(req), { ip: clientIp(req.headers), requestId: req.headers.get('x-request-id') ?? undefined });
}

type Handler = (req: NextRequest) => Promise<Response>;
const holder = globalThis as unknown as { __crmGraphqlHandler?: Handler };

export function graphqlHandler(): Handler {
  if (process.env.NODE_ENV === 'development') return createGraphqlHandler<Context, NextRequest>(getServer(), contextFor);
  holder.__crmGraphqlHandler ??= createGraphqlHandler<Context, NextRequest>(getServer(), contextFor);
  return holder.__crmGraphqlHandler;
}
