// The streamed lead export: a signed link to /api/exports for any size (exportLeads answers inline, ≤ 10 000 rows).
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { exportLeadsLink } from '@/lib/lead/lead-export.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { ExportLink } from '../common/export-file';
import { Heavy } from '../limits/operation-limits';
import { ExportLeadsInput } from './lead.inputs';

@Resolver()
export class LeadExportResolver {
  @Mutation(() => ExportLink, { description: 'A link that streams the selected leads, or all matching the filter, as CSV or .xlsx (audited when downloaded)' })
  @Heavy()
  exportLeadsLink(@Ctx() ctx: Context, @Arg('input', () => ExportLeadsInput) input: ExportLeadsInput) {
    return exportLeadsLink(ctx.db, viewerOf(ctx), { ids: input.ids ?? null, filter: input.filter ? { ...input.filter } : null, orderBy: input.orderBy ?? null, format: input.format });
  }
}
