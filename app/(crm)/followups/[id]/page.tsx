// One follow-up with its comments: where notifications about it lead (also on a phone).
import { FollowUpPageView } from '../_components/followup-page-view';

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <FollowUpPageView id={id} />;
}
