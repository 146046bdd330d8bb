// Departments as the pickers and the department admin page read them. The result type is generated from the schema
// (`npm run codegen`).
import { graphql } from '../gql';
import type { DepartmentsQuery } from '../gql/graphql';

export type DepartmentRow = DepartmentsQuery['departments'][number];

export const DEPARTMENTS_QUERY = graphql(`
  query Departments { departments { id name parentId enabled sortOrder headId } }
`);
