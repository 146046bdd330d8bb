// Opportunity stage settings.
import { StageSettings } from './_components/stage-settings';

export default function StageSettingsPage() {
  return <StageSettings />;
}
