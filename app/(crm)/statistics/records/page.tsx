// The records behind a dashboard or report figure.
import { Suspense } from 'react';
import { RecordsView } from './_components/records-view';

export default function RecordsPage() {
  return <Suspense><RecordsView /></Suspense>;
}
