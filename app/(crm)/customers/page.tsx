// Customer list: filters, sortable server-side table, batch actions, new customer.
import { CustomerList } from './_components/customer-list';

export default function CustomersPage() {
  return <CustomerList />;
}
