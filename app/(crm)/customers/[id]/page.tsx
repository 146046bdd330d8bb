// One customer: fields, contacts, team and history, with the actions this user may take on it.
import { CustomerDetailView } from './_components/customer-detail';

export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CustomerDetailView id={id} />;
}
