// Backup settings: download an archive of the whole system (super administrator only).
import { BackupSettings } from './_components/backup-settings';

export default function BackupSettingsPage() {
  return <BackupSettings />;
}
