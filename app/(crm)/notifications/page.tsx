// All of the viewer's notifications: comments, assignments, transfers, reminders, approvals, pool warnings, …
import { NotificationCenter } from './_components/notification-center';

export default function NotificationsPage() {
  return <NotificationCenter />;
}
