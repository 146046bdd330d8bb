// Contacts you may see, searchable, each linking to its customer.
import { ContactList } from './_components/contact-list';

export default function ContactsPage() {
  return <ContactList />;
}
