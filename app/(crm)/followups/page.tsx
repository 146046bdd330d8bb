// Follow-ups: the salesperson's own (and, for leaders, those of the people in their scope), with filters.
import { FollowUpList } from './_components/followup-list';

export default function FollowUpsPage() {
  return <FollowUpList />;
}
