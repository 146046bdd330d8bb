// 联络频次规则: the seed-002 contact-frequency and classification rules (system:settings).
import { RulesForm } from './_components/rules-form';

export default function ComplianceSettingsPage() {
  return <RulesForm />;
}
