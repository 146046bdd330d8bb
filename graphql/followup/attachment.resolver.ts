// Attachment fields (download URL, uploader) and removal. Uploads go through POST /api/attachments.
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Attachment } from '@/entities';
import { deleteAttachment } from '@/lib/attachment/attachment.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { UserSummary } from '../common/user-summary';
import { DeleteResult } from '../customer/customer.types';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: 'Download address; answers 404 unless you can see the record' })
  url(@Root() attachment: Attachment) {
    return `/api/attachments/${attachment.id}`;
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  uploadedBy(@Root() attachment: Attachment, @Ctx() ctx: Context) {
    return ctx.loaders.user.load(attachment.uploadedById);
  }

  @Mutation(() => DeleteResult, { description: 'Removes an attachment: your own upload, or one of a record you may change' })
  async deleteAttachment(@Ctx() ctx: Context, @Arg('id', () => ID) id: string) {
    return { ids: [String(await deleteAttachment(ctx.db, viewerOf(ctx), Number(id)))] };
  }
}
