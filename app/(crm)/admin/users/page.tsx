// User administration: list with filters, create / edit, disable / enable, password reset.
import { UserAdmin } from './_components/user-admin';

export default function UsersPage() {
  return <UserAdmin />;
}
