// Department administration: the tree, with add / rename / move / head / disable, and each department's positions.
import { DepartmentAdmin } from './_components/department-admin';

export default function DepartmentsPage() {
  return <DepartmentAdmin />;
}
