'use client';
// A page that failed to render: a plain-words error page with "try again" and the way home; the details stay in
// the browser console (and the server log), never on the page.
import { useEffect } from 'react';
import { StatusPage } from './_components/status-page';

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => { console.error(error); }, [error]);
  return <StatusPage kind="error" onRetry={reset} />;
}
