// Streamed exports of the record lists (issue 12 item 2): each answers a short-lived link to /api/exports that
// streams the selected rows, or all rows matching the list's filter, read through the list's own scoped query.
// Filters are converted exactly as the lists convert them.
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { customerExport } from '@/lib/customer/customer-export';
import { contactExport } from '@/lib/contact/contact-export';
import { opportunityExport } from '@/lib/opportunity/opportunity-export';
import { contractExport } from '@/lib/contract/contract-export';
import { receivableExport } from '@/lib/receivable/receivable-export';
import { followUpExport } from '@/lib/followup/followup-export';
import { requestExportLink } from '@/lib/export/record-export';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { ExportLink } from '../common/export-file';
import { Heavy } from '../limits/operation-limits';
import {
  ExportContactsInput, ExportContractsInput, ExportCustomersInput, ExportFollowUpsInput, ExportOpportunitiesInput, ExportReceivablesInput,
} from './export.inputs';

const num = (value: string | number | null | undefined) => (value === undefined || value === null || value === '' ? null : Number(value));
const LINK = 'A link that streams the selected rows, or all matching the filter, as CSV or .xlsx (audited when downloaded)';

@Resolver()
export class ExportResolver {
  @Mutation(() => ExportLink, { description: LINK }) @Heavy()
  exportCustomersLink(@Ctx() ctx: Context, @Arg('input', () => ExportCustomersInput) input: ExportCustomersInput) {
    return requestExportLink(ctx.db, viewerOf(ctx), customerExport, { ids: input.ids, filter: input.filter ? { ...input.filter } : null, format: input.format });
  }

  @Mutation(() => ExportLink, { description: LINK }) @Heavy()
  exportContactsLink(@Ctx() ctx: Context, @Arg('input', () => ExportContactsInput) input: ExportContactsInput) {
    const f = input.filter;
    return requestExportLink(ctx.db, viewerOf(ctx), contactExport, { ids: input.ids, filter: f ? { ...f, customerId: num(f.customerId) } : null, format: input.format });
  }

  @Mutation(() => ExportLink, { description: LINK }) @Heavy()
  exportOpportunitiesLink(@Ctx() ctx: Context, @Arg('input', () => ExportOpportunitiesInput) input: ExportOpportunitiesInput) {
    const f = input.filter;
    return requestExportLink(ctx.db, viewerOf(ctx), opportunityExport, {
      ids: input.ids, format: input.format,
      filter: f ? { ...f, customerId: num(f.customerId), ownerId: num(f.ownerId), departmentId: num(f.departmentId), stageId: num(f.stageId) } : null,
    });
  }

  @Mutation(() => ExportLink, { description: LINK }) @Heavy()
  exportContractsLink(@Ctx() ctx: Context, @Arg('input', () => ExportContractsInput) input: ExportContractsInput) {
    const f = input.filter;
    return requestExportLink(ctx.db, viewerOf(ctx), contractExport, {
      ids: input.ids, format: input.format,
      filter: f ? { ...f, customerId: num(f.customerId), opportunityId: num(f.opportunityId), ownerId: num(f.ownerId), departmentId: num(f.departmentId) } : null,
    });
  }

  @Mutation(() => ExportLink, { description: LINK }) @Heavy()
  exportReceivablesLink(@Ctx() ctx: Context, @Arg('input', () => ExportReceivablesInput) input: ExportReceivablesInput) {
    const f = input.filter;
    return requestExportLink(ctx.db, viewerOf(ctx), receivableExport, {
      ids: input.ids, format: input.format,
      filter: f ? { ...f, contractId: num(f.contractId), customerId: num(f.customerId), planId: num(f.planId) } : null,
    });
  }

  @Mutation(() => ExportLink, { description: LINK }) @Heavy()
  exportFollowUpsLink(@Ctx() ctx: Context, @Arg('input', () => ExportFollowUpsInput) input: ExportFollowUpsInput) {
    const f = input.filter;
    return requestExportLink(ctx.db, viewerOf(ctx), followUpExport, {
      ids: input.ids, format: input.format,
      filter: f ? { ...f, parentId: num(f.parentId), authorId: num(f.authorId), departmentId: num(f.departmentId) } : null,
    });
  }
}
