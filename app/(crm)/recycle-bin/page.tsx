// The recycle bin: deleted customers you may see, with restore.
import { RecycleBin } from './_components/recycle-bin';

export default function RecycleBinPage() {
  return <RecycleBin />;
}
