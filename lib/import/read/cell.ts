// A cell as read from a file, before any field's rules: text (CSV, text cells), a number, a date (a date-formatted
// .xlsx cell), a boolean, a formula or an error value. Empty cells are null.
export type Cell = string | number | boolean | Date | FormulaCell | ErrorCell | null;
export interface FormulaCell { formula: string }
export interface ErrorCell { error: string }

export const isFormula = (cell: Cell): cell is FormulaCell => typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'formula' in cell;
export const isErrorCell = (cell: Cell): cell is ErrorCell => typeof cell === 'object' && cell !== null && !(cell instanceof Date) && 'error' in cell;

/** A row of the file: its number (the header is row 1 of its sheet or file) and its cells by column. */
export interface SourceRow { number: number; cells: Cell[] }

export const isBlankRow = (cells: Cell[]) => cells.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

const pad = (n: number) => String(n).padStart(2, '0');

/** The cell as text, as a person would read it (numbers without exponent, dates as YYYY-MM-DD [HH:mm]). */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (typeof cell === 'number') return Number.isInteger(cell) && Math.abs(cell) < 1e21 ? cell.toFixed(0) : String(cell);
  if (cell instanceof Date) {
    const date = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return cell.getUTCHours() || cell.getUTCMinutes() ? `${date} ${pad(cell.getUTCHours())}:${pad(cell.getUTCMinutes())}` : date;
  }
  if (isFormula(cell)) return `=${cell.formula}`;
  return cell.error;
}
