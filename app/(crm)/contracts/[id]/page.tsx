// One contract: fields, product lines, approval history, payment plans, receivables and the activity log.
import { ContractDetail } from './_components/contract-detail';

export default async function ContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ContractDetail id={id} />;
}
