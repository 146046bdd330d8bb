// The login log: every sign-in attempt, successful or not.
import { LoginLogList } from './_components/login-log-list';

export default function LoginLogsPage() {
  return <LoginLogList />;
}
