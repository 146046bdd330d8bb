// The built-in timeline kinds. Tasks, schedule entries and approvals register theirs from their own modules
// (registerTimelineProvider in lib/timeline/timeline.registry.ts).
import './followup.provider';
import './comment.provider';
import './audit.provider';

export { FOLLOW_UP_KIND } from './followup.provider';
export { COMMENT_KIND } from './comment.provider';
export { AUDIT_KIND } from './audit.provider';
