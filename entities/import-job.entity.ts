// One import of a file (导入, issue 12 item 1): the uploaded file, the column mapping and choices, and the state of
// its dry run and commit, kept in the database so progress survives a reload and a job outlives the app server that
// started it: whoever holds the lease runs it; a lease that ran out (a server died) lets another server resume.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn, JsonColumn, UpdatedAt } from './columns';

export enum ImportStatus {
  UPLOADED = 'UPLOADED', VALIDATING = 'VALIDATING', VALIDATED = 'VALIDATED', IMPORTING = 'IMPORTING',
  DONE = 'DONE', FAILED = 'FAILED', CANCELLED = 'CANCELLED', UNDONE = 'UNDONE',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'UPLOADED (map the columns), VALIDATING (dry run running), VALIDATED (report ready), IMPORTING, DONE, FAILED (nothing or, importing the valid rows, part written), CANCELLED, UNDONE (what it created is in the recycle bin)',
});

export enum ImportModule { CUSTOMER = 'CUSTOMER', CONTACT = 'CONTACT', LEAD = 'LEAD', PRODUCT = 'PRODUCT' }
registerEnumType(ImportModule, { name: 'ImportModule' });

/** The choices of an import (JSON). */
export interface ImportOptions {
  /** ME: the importer; USER: ownerId; COLUMN: the 负责人 column's usernames (each within the write scope). */
  owner: 'ME' | 'USER' | 'COLUMN';
  ownerId: number | null;
  /** SKIP duplicates, or UPDATE them when within the write scope (skipped otherwise). */
  duplicates: 'SKIP' | 'UPDATE';
  /** One transaction: any bad row and nothing is written. Otherwise the valid rows are written. */
  allOrNothing: boolean;
}

@ObjectType('DataImport')
@Entity('import_job')
@Index('idx_import_job_creator', ['createdById', 'createdAt'])
@Index('idx_import_job_status', ['status', 'leaseExpiresAt'])
export class ImportJob {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => ImportModule) @Column({ type: 'varchar', length: 12 }) module: ImportModule;
  @Field(() => ImportStatus) @Column({ type: 'varchar', length: 12 }) status: ImportStatus;
  @Field(() => String) @Column({ name: 'file_name', type: 'varchar', length: 200 }) fileName: string;
  @Field(() => String, { description: 'XLSX or CSV' }) @Column({ name: 'file_format', type: 'varchar', length: 4 }) fileFormat: string;
  @Field(() => Int) @Column({ name: 'file_size', type: 'int' }) fileSize: number;
  /** Random name of the stored file (lib/import/import-file.ts), never shown. */
  @Column({ name: 'storage_name', type: 'varchar', length: 40 }) storageName: string;
  @Field(() => String, { nullable: true, description: 'Detected text encoding of a CSV file (UTF-8, GB18030)' }) @Column({ type: 'varchar', length: 12, nullable: true }) encoding: string | null;
  /** The header row as found in the file. */
  @JsonColumn({ nullable: false }) headers: string[];
  /** Field key per column (null: the column is not imported). */
  @JsonColumn({ nullable: false }) mapping: (string | null)[];
  @JsonColumn({ nullable: false }) options: ImportOptions;
  /** Data rows in the file (known once a run has read it all). */
  @Field(() => Int, { nullable: true }) @Column({ name: 'total_rows', type: 'int', nullable: true }) totalRows: number | null;
  @Field(() => Int) @Column({ name: 'processed_rows', type: 'int', default: 0 }) processedRows: number;
  /** Bytes of the file read by the running pass (progress before the row count is known). */
  @Column({ name: 'processed_bytes', type: 'int', default: 0 }) processedBytes: number;
  @Field(() => Int, { description: 'Rows created (a dry run: that would be created)' }) @Column({ name: 'created_count', type: 'int', default: 0 }) createdCount: number;
  @Field(() => Int, { description: 'Duplicates updated (a dry run: that would be updated)' }) @Column({ name: 'updated_count', type: 'int', default: 0 }) updatedCount: number;
  @Field(() => Int, { description: 'Duplicates skipped' }) @Column({ name: 'duplicate_count', type: 'int', default: 0 }) duplicateCount: number;
  @Field(() => Int, { description: 'Rows with errors (not imported)' }) @Column({ name: 'error_count', type: 'int', default: 0 }) errorCount: number;
  @Field(() => Int, { description: 'Rows imported with a warning (e.g. a mobile already used elsewhere)' }) @Column({ name: 'warning_count', type: 'int', default: 0 }) warningCount: number;
  @Field(() => String, { nullable: true, description: 'Why the whole file failed (the rows are in the report)' }) @Column({ type: 'varchar', length: 500, nullable: true }) failure: string | null;
  @Column({ name: 'cancel_requested', type: 'boolean', default: false }) cancelRequested: boolean;
  @Column({ name: 'lease_holder', type: 'varchar', length: 36, nullable: true }) leaseHolder: string | null;
  @DateColumn({ name: 'lease_expires_at' }) leaseExpiresAt: Date | null;
  @Field(() => ID) @Column({ name: 'created_by_id', type: 'int' }) createdById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'validated_at' }) validatedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'started_at' }) startedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'finished_at' }) finishedAt: Date | null;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'undone_at' }) undoneAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
  @Field(() => Date) @UpdatedAt() updatedAt: Date;
}
