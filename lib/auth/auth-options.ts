// next-auth configuration: username/password credentials, JWT sessions carrying the user's session version.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getDataSource } from '@/lib/db/data-source';
import { clientIp } from './client-ip';
import { login } from './login.service';

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  // Served over https: Secure (__Secure-/__Host-) cookies only. next-auth would guess the same from NEXTAUTH_URL; said here.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'credentials',
      credentials: { username: { label: 'Username', type: 'text' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, req) {
        const headers = (req?.headers ?? {}) as Record<string, unknown>;
        const result = await login(await getDataSource(), {
          username: credentials?.username ?? '',
          password: credentials?.password ?? '',
          ip: clientIp(headers),
          userAgent: typeof headers['user-agent'] === 'string' ? headers['user-agent'] : null,
        });
        // The reason code reaches the login page as `error`, which shows a translated message.
        if (!result.ok) throw new Error(result.reason);
        return { id: String(result.user.id), name: result.user.name, sessionVersion: result.user.sessionVersion, username: result.user.username } as never;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sessionVersion: number; username: string };
        token.uid = Number(u.id);
        token.sv = u.sessionVersion;
        token.username = u.username;
      }
      return token;
    },
    session({ session, token }) {
      (session as unknown as { userId: number }).userId = Number(token.uid);
      return session;
    },
  },
};
