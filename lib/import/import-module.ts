// What an importable record type describes (a module: customers, contacts, leads, products) and the row it works
// on. The runner (import-runner.ts) reads the file, converts each mapped cell by its field's kind, and hands the rows
// to the module: `clean` applies the module's own create rules (the same function a create through the API calls),
// `check` asks the database in one go per batch (duplicates, references, update rights, numbers in use), `write`
// creates and updates a batch with the import's id in every audit entry, and `remove` undoes what it created.
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ImportJob, ImportModule } from '@/entities/import-job.entity';
import { ProblemMessage } from '@/entities/import-problem.entity';
import { Viewer } from '@/lib/access';
import { AuditActor } from '@/lib/audit/audit';
import { DomainError } from '@/lib/errors';
import { reportMessage } from './messages';

export type FieldKind = 'text' | 'date' | 'datetime' | 'bool' | 'amount' | { enum: Record<string, string> };

export interface ImportField {
  key: string;
  /** The template's header (Chinese); recognised with its aliases (Chinese or English). */
  label: string;
  aliases: string[];
  kind: FieldKind;
  required?: boolean;
  /** The template's example value. */
  example: string;
  /** What the template's notes sheet says about the column. */
  hint?: string;
}

export type RowAction = 'CREATE' | 'UPDATE' | 'DUPLICATE' | 'ERROR';

export interface ImportRow<F> {
  number: number;
  /** The row's cells as text, for the file of rows to fix. */
  cells: string[];
  /** Converted values by field key (only mapped, non-empty fields). */
  values: Record<string, unknown>;
  fields: F;
  errors: ProblemMessage[];
  warnings: ProblemMessage[];
  action: RowAction;
  /** The record updated, or created (set by write). */
  targetId?: number;
  /** Why a duplicate is skipped (names the existing record: code, name and owner only). */
  duplicate?: string;
  /** Owner of a created record (modules with an owner). */
  ownerId?: number;
  /** Module data found by check (e.g. a contact's customer). */
  extra: Record<string, unknown>;
}

export interface ImportContext {
  /** For reads outside the batch's transaction (lookups cached for the run). */
  reader: EntityManager;
  viewer: Viewer;
  actor: AuditActor;
  job: ImportJob;
  /** Per-run memo (users by name, categories…). */
  cache: Map<string, unknown>;
}

export interface ImportModuleSpec<F = Record<string, unknown>> {
  module: ImportModule;
  /** The table records are created in (soft-deleted by `deletedAt`). */
  entity: EntityTarget<ObjectLiteral>;
  /** Audit and import_record entity type, e.g. 'customer'. */
  entityType: string;
  /** The table whose dictionary-backed columns every row is checked against (lib/dictionary), if any. */
  dictionaryTable?: string;
  /** Set by withCustomColumns when the module has custom fields: their module (lib/custom-field). */
  customModule?: string;
  label: string;
  /** Needed to import at all; `updatePermission` to update duplicates. */
  permission: string;
  updatePermission: string;
  fields: ImportField[];
  /** The data module whose write scope an owner (负责人) must be in; null: records have no owner of their own. */
  ownerModule: 'customer' | 'lead' | null;
  /** The module's create rules on the converted values: fields, or errors per column. */
  clean(row: ImportRow<F>, ctx: ImportContext): Promise<void> | void;
  /** Database checks of a batch: sets each clean row's action (CREATE, UPDATE, DUPLICATE) or adds errors/warnings. */
  check(manager: EntityManager, ctx: ImportContext, rows: ImportRow<F>[]): Promise<void>;
  /** The key two rows of one file are the same record by (null: no check). */
  key(row: ImportRow<F>): string | null;
  /** Creates and updates the batch's CREATE and UPDATE rows, audited with the import id; sets targetId. */
  write(manager: EntityManager, ctx: ImportContext, rows: ImportRow<F>[]): Promise<void>;
  /** Undo: moves these created records to the recycle bin (the caller checked access), audited. */
  remove(manager: EntityManager, ctx: ImportContext, ids: number[]): Promise<void>;
  /** Of these created records, those the viewer may delete now. */
  removable(manager: EntityManager, viewer: Viewer, ids: number[]): Promise<Set<number>>;
}

/** The column label of a field key. */
export const labelOf = (spec: ImportModuleSpec<never> | ImportModuleSpec, key: string) => spec.fields.find((f) => f.key === key)?.label ?? key;

/**
 * Runs a module's field rules (which throw BAD_USER_INPUT with field errors) and turns their complaints into the
 * row's errors per column, in the report's words. Anything else is not a row problem and is rethrown.
 */
export function withFieldRules<F>(spec: ImportModuleSpec<F>, row: ImportRow<F>, rules: () => F): F | null {
  try {
    return rules();
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'BAD_USER_INPUT') throw error;
    const fields = (error.details.fields as { field: string; message: string }[] | undefined) ?? [{ field: '', message: error.message }];
    for (const f of fields) row.errors.push({ column: f.field ? labelOf(spec as ImportModuleSpec, f.field) : null, message: reportMessage(f.message) });
    return null;
  }
}

/** The values a create takes: every converted field (a blank cell is left out). */
export const present = (values: Record<string, unknown>, keys: readonly string[]) =>
  Object.fromEntries(keys.filter((k) => values[k] !== undefined && values[k] !== null).map((k) => [k, values[k]]));
