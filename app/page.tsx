// The root sends everyone to the customer list (the signed-in shell moves users without customer access on).
import { redirect } from 'next/navigation';

export default function Home() {
  redirect('/customers');
}
