// Role administration: operation permissions by group, default and per-module data scopes, CUSTOM departments.
import { RoleAdmin } from './_components/role-admin';

export default function RolesPage() {
  return <RoleAdmin />;
}
