// The audit log: who changed what and when, with before → after, filterable.
import { AuditLogList } from './_components/audit-log-list';

export default function AuditLogsPage() {
  return <AuditLogList />;
}
