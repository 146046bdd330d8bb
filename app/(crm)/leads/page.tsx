// Lead list: filters, sortable server-side table, batch transfer / delete / export / convert, new lead.
import { LeadList } from './_components/lead-list';

export default function LeadsPage() {
  return <LeadList />;
}
