// One lead: fields, status, the customer it became (read-only once converted), history, permitted actions.
import { LeadDetailView } from './_components/lead-detail';

export default async function LeadPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <LeadDetailView id={id} />;
}
