// Numbering rules settings (编号规则, system:numbering).
import { NumberingSettings } from './_components/numbering-settings';

export default function NumberingSettingsPage() {
  return <NumberingSettings />;
}
