// Departments as the pickers and the department admin page read them.
export interface DepartmentRow { id: string; name: string; parentId: string | null; enabled: boolean; sortOrder: number; headId: string | null }

export const DEPARTMENTS_QUERY = /* GraphQL */ `
  query Departments { departments { id name parentId enabled sortOrder headId } }
`;
