// The pipeline board: opportunities by stage with counts and amount sums.
import { OpportunityBoardView } from './_components/opportunity-board';

export default function OpportunityBoardPage() {
  return <OpportunityBoardView />;
}
