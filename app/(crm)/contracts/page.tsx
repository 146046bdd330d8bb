// Contract list: filters, sortable server-side table, batch transfer / delete, new contract.
import { ContractList } from './_components/contract-list';

export default function ContractsPage() {
  return <ContractList />;
}
