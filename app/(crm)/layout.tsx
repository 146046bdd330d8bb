// The signed-in area: no session, no page. Everything inside talks to /api/graphql with the session cookie.
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';
import { AppShell } from './_components/app-shell';

export default async function CrmLayout({ children }: { children: React.ReactNode }) {
  if (!(await getServerSession(authOptions))) redirect('/login');
  return <AppShell>{children}</AppShell>;
}
