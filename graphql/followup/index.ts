// The activity module's resolver classes: follow-ups, attachments, comments, timeline.
import { AttachmentResolver } from './attachment.resolver';
import { ContactActivityResolver, CustomerActivityResolver, FollowUpFieldsResolver } from './followup-fields.resolver';
import { FollowUpResolver } from './followup.resolver';
import { CommentResolver } from '../comment/comment.resolver';
import { TimelineResolver } from '../timeline/timeline.resolver';

export const activityResolvers = [
  FollowUpResolver, FollowUpFieldsResolver, CustomerActivityResolver, ContactActivityResolver, AttachmentResolver, CommentResolver, TimelineResolver,
];
export { activityMutationRules, activityQueryRules } from './followup.rules';
