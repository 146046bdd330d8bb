// Data dictionary settings (数据字典, system:dictionary).
import { DictionarySettings } from './_components/dictionary-settings';

export default function DictionarySettingsPage() {
  return <DictionarySettings />;
}
