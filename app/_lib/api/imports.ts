// Import operations of the GraphQL API (the file itself goes to POST /api/imports). Types come from the schema.
import { graphql } from '../gql';
import type { DataImportFieldsFragment, ImportModule as Module, ImportProblemKind as ProblemKind, ImportOptionsInput } from '../gql/graphql';

export type ImportModule = Module;
export type ImportJob = DataImportFieldsFragment;
export type ImportProblemKind = ProblemKind;
export type ImportOptions = ImportOptionsInput;

graphql(`
  fragment DataImportFields on DataImport {
    id module status fileName fileFormat totalRows processedRows progress createdCount updatedCount duplicateCount errorCount warningCount
    failure createdAt validatedAt finishedAt headers mapping options { owner ownerId duplicates allOrNothing }
    fields { key label required hint choices } viewerCanUndo problemFileUrl createdBy { id name }
  }
`);

export const DATA_IMPORT_QUERY = graphql(`
  query DataImport($id: ID!) { dataImport(id: $id) { ...DataImportFields } }
`);
export const IMPORT_PROBLEMS_QUERY = graphql(`
  query DataImportProblems($id: ID!, $first: Int, $offset: Int, $kind: ImportProblemKind) {
    dataImport(id: $id) {
      id problems(first: $first, offset: $offset, kind: $kind) { totalCount nodes { rowNumber kind cells messages { column message } } }
    }
  }
`);
export const DATA_IMPORTS_QUERY = graphql(`
  query DataImports($module: ImportModule, $first: Int, $offset: Int) {
    dataImports(module: $module, first: $first, offset: $offset) {
      totalCount nodes { id module status fileName createdAt finishedAt createdCount updatedCount duplicateCount errorCount problemFileUrl viewerCanUndo createdBy { id name } }
    }
  }
`);
export const START_DATA_IMPORT = graphql(`
  mutation StartDataImport($id: ID!, $input: StartDataImportInput!) { startDataImport(id: $id, input: $input) { ...DataImportFields } }
`);
export const COMMIT_DATA_IMPORT = graphql(`mutation CommitDataImport($id: ID!) { commitDataImport(id: $id) { ...DataImportFields } }`);
export const CANCEL_DATA_IMPORT = graphql(`mutation CancelDataImport($id: ID!) { cancelDataImport(id: $id) { ...DataImportFields } }`);
export const UNDO_DATA_IMPORT = graphql(`mutation UndoDataImport($id: ID!) { undoDataImport(id: $id) { ...DataImportFields } }`);

export const templateUrl = (module: ImportModule) => `/api/imports/template?module=${module}`;
export const RUNNING_STATUSES = ['VALIDATING', 'IMPORTING'];
