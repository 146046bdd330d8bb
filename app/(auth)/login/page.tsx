// Sign-in page: username and password (next-auth credentials).
import { AuthFrame } from '../_components/auth-frame';
import { LoginForm } from './_components/login-form';

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <AuthFrame title="login">
      <LoginForm callbackUrl={callbackUrl} />
    </AuthFrame>
  );
}
