// next-auth endpoints (sign in, sign out, session, csrf).
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };
