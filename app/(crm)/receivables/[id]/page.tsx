// One receivable: its amount and contract, its approval history and its activity (comments, timeline).
import { ReceivableDetailView } from './_components/receivable-detail';

export default async function ReceivablePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ReceivableDetailView id={id} />;
}
