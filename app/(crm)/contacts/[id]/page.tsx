// One contact: fields, the customer it belongs to and its activity (follow-ups, comments, timeline).
import { ContactDetailView } from './_components/contact-detail';

export default async function ContactPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ContactDetailView id={id} />;
}
