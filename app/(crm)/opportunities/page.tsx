// Opportunity list: filters, sortable server-side table, follow-up due list, recycle bin, batch actions.
import { OpportunityList } from './_components/opportunity-list';

export default function OpportunitiesPage() {
  return <OpportunityList />;
}
