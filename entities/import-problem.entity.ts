// A row of an import file that was not imported as it stood (an error, a skipped duplicate) or was imported with
// a warning: its messages per column and its original cells, for the report and the file of rows to fix.
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { JsonColumn } from './columns';

export interface ProblemMessage { column: string | null; message: string }

@Entity('import_problem')
export class ImportProblem {
  @PrimaryColumn({ name: 'import_id', type: 'int' }) importId: number;
  /** The row's number in the file (the header is row 1). */
  @PrimaryColumn({ name: 'row_number', type: 'int' }) rowNumber: number;
  /** ERROR, DUPLICATE or WARNING. */
  @Column({ type: 'varchar', length: 10 }) kind: string;
  @JsonColumn({ nullable: false }) messages: ProblemMessage[];
  /** The row's cells as read (text), to write the 错误原因 file; long ones cut (import-runner.ts keptCells). */
  @JsonColumn({ nullable: false }) cells: string[];
}
