// Custom field settings (自定义字段, system:customField).
import { CustomFieldSettings } from './_components/custom-field-settings';

export default function CustomFieldSettingsPage() {
  return <CustomFieldSettings />;
}
