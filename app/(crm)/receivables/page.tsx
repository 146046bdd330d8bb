// 回款: the receivables of the contracts the user can see, filtered by period, contract, customer, owner and status.
import { ReceivableList } from './_components/receivable-list';

export default function ReceivablesPage() {
  return <ReceivableList />;
}
