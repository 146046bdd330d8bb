// One opportunity: stage bar, fields, products, details, progress records, activity and history.
import { OpportunityDetailView } from './_components/opportunity-detail';

export default async function OpportunityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <OpportunityDetailView id={id} />;
}
