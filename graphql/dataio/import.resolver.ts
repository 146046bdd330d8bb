// Imports (导入): the history, one import with its progress and report, and the steps of the wizard — the file
// itself is uploaded to POST /api/imports. Only the user who uploaded an import sees and drives it.
import { Arg, Args, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ImportJob } from '@/entities';
import { ImportModule, ImportStatus } from '@/entities/import-job.entity';
import { resumeStalledImports } from '@/lib/import/import-runner';
import { canUndo, cancelImport, commitImport, findImport, listImports, listProblems, startDryRun, undoImport } from '@/lib/import/import.service';
import { importModule } from '@/lib/import/modules';
import { withCustomColumns } from '@/lib/import/custom-columns';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { PageArgsInput, toConnection } from '../common/connection';
import { UserSummary } from '../common/user-summary';
import { Heavy } from '../limits/operation-limits';
import {
  DataImportConnection, ImportFieldView, ImportOptionsView, ImportProblemConnection, ImportProblemKind, StartDataImportInput,
} from './import.types';

const RUNNING = [ImportStatus.VALIDATING, ImportStatus.IMPORTING];

@Resolver(() => ImportJob)
export class ImportResolver {
  @Query(() => ImportJob, { nullable: true, description: 'One of your imports (its progress survives a reload), or null' })
  async dataImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    const job = await findImport(ctx.db.manager, viewerOf(ctx), Number(id));
    // A pass whose server stopped renewing its lease is taken over here.
    if (job && RUNNING.includes(job.status) && (!job.leaseExpiresAt || job.leaseExpiresAt < new Date())) await resumeStalledImports(ctx.db, [job.id]);
    return job;
  }

  @Query(() => DataImportConnection, { description: 'Your imports, newest first (导入记录)' })
  async dataImports(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('module', () => ImportModule, { nullable: true }) module?: ImportModule) {
    return toConnection(await listImports(ctx.db, viewerOf(ctx), { module }, page));
  }

  @Mutation(() => ImportJob, { description: 'Starts the dry run with this column mapping and these choices: every row is checked as a create would check it; nothing is written' })
  @Heavy()
  startDataImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string, @Arg('input', () => StartDataImportInput) input: StartDataImportInput) {
    return startDryRun(ctx.db, viewerOf(ctx), Number(id), { mapping: input.mapping, options: { ...input.options, ownerId: input.options.ownerId ? Number(input.options.ownerId) : null } });
  }

  @Mutation(() => ImportJob, { description: 'Imports a checked file (every row is checked again as it is written)' })
  @Heavy()
  commitDataImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return commitImport(ctx.db, viewerOf(ctx), Number(id));
  }

  @Mutation(() => ImportJob, { description: 'Stops a running import at its next batch, or discards one not started' })
  cancelDataImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return cancelImport(ctx.db, viewerOf(ctx), Number(id));
  }

  @Mutation(() => ImportJob, { description: 'Moves everything the import created to the recycle bin, as a whole' })
  @Heavy()
  undoDataImport(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return undoImport(ctx.db, viewerOf(ctx), Number(id));
  }

  @FieldResolver(() => [String])
  headers(@Root() job: ImportJob) { return job.headers; }

  @FieldResolver(() => [String], { nullable: 'items', description: 'The field key per column (null: not imported)' })
  mapping(@Root() job: ImportJob) { return job.mapping; }

  @FieldResolver(() => ImportOptionsView)
  options(@Root() job: ImportJob) { return job.options; }

  @FieldResolver(() => [ImportFieldView], { description: 'The columns this record type can be imported from' })
  async fields(@Root() job: ImportJob, @Ctx() ctx: Context): Promise<ImportFieldView[]> {
    const spec = importModule(job.module);
    return (spec ? (await withCustomColumns(ctx.db.manager, spec)).fields : []).map((f) => ({
      key: f.key, label: f.label, required: !!f.required, hint: f.hint ?? null, example: f.example, choices: typeof f.kind === 'object' ? Object.values(f.kind.enum) : [],
    }));
  }

  @FieldResolver(() => Float, { description: 'How far the running pass is, 0 to 1' })
  progress(@Root() job: ImportJob) {
    if (!RUNNING.includes(job.status)) return job.status === ImportStatus.UPLOADED ? 0 : 1;
    if (job.totalRows) return Math.min(1, job.processedRows / job.totalRows);
    return job.fileSize ? Math.min(0.99, job.processedBytes / job.fileSize) : 0;
  }

  @FieldResolver(() => UserSummary)
  createdBy(@Root() job: ImportJob, @Ctx() ctx: Context) { return ctx.loaders.user.load(job.createdById); }

  @FieldResolver(() => Boolean, { description: 'Undo applies: a finished import that created records' })
  viewerCanUndo(@Root() job: ImportJob, @Ctx() ctx: Context) { return canUndo(ctx.db.manager, job); }

  @FieldResolver(() => String, { nullable: true, description: 'The rows not imported, with 错误原因 (.xlsx); null when there are none' })
  problemFileUrl(@Root() job: ImportJob) { return job.errorCount + job.duplicateCount > 0 ? `/api/imports/${job.id}/problems` : null; }

  @FieldResolver(() => ImportProblemConnection, { description: 'The report: rows with errors, duplicates and warnings, in file order' })
  async problems(@Root() job: ImportJob, @Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput,
    @Arg('kind', () => ImportProblemKind, { nullable: true }) kind?: ImportProblemKind) {
    const result = await listProblems(ctx.db, job, kind, page);
    return toConnection({ ...result, nodes: result.nodes.map((p) => ({ ...p, cells: p.cells.map((c) => c.slice(0, 100)) })) });
  }
}
