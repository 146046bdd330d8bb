// Reminder cadences settings (提醒周期, system:settings).
import { CadenceSettings } from './_components/cadence-settings';

export default function CadenceSettingsPage() {
  return <CadenceSettings />;
}
