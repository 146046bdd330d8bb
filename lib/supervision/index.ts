// 员工监督 (SPEC 4.3): who a leader supervises, the per-person overview, the follow-up / task / report tabs and
// one person's "now". Read-only: comments (批示) go through lib/comment like everywhere else.
import '@/lib/followup/followup.tables';
import '@/lib/task';
import '@/lib/report';
import '@/lib/schedule';

export * from './supervision.scope';
export * from './supervision.filter';
export * from './supervision.overview';
export * from './supervision.lists';
export * from './person-now';
