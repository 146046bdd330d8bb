// Forced password change (first login or after a reset); needs a session, like the CRM pages.
import { redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { authOptions } from '@/lib/auth/auth-options';
import { AuthFrame } from '../_components/auth-frame';
import { ForcedPasswordChange } from './_components/forced-password-change';

export default async function ChangePasswordPage() {
  if (!(await getServerSession(authOptions))) redirect('/login?callbackUrl=/change-password');
  return (
    <AuthFrame title="password">
      <ForcedPasswordChange />
    </AuthFrame>
  );
}
