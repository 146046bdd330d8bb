// Your own profile: contact details, password, personal API tokens.
import { ProfileView } from './_components/profile-view';

export default function ProfilePage() {
  return <ProfileView />;
}
