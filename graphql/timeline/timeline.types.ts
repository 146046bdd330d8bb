// GraphQL shapes of the timeline: one generic item per entry, whatever its kind, with the typed record of the
// built-in kinds as optional fields. Other modules add theirs (task, scheduleEntry, approval) with their own
// `@Resolver(() => TimelineItem)` field resolvers, keyed on `kind` and `entityId`.
import { Field, ID, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection';

@ObjectType('RecordRef', { description: 'A short reference to a record you can see' })
export class RecordRefType {
  @Field(() => String, { description: 'customer, contact, lead, opportunity, contract, followup, …' }) type: string;
  @Field(() => ID) id: number;
  @Field(() => String) title: string;
}

@ObjectType('TimelineItem')
export class TimelineItem {
  @Field(() => ID, { description: 'KIND:entityId, unique in a timeline' }) id: string;
  @Field(() => String, { description: 'FOLLOW_UP, COMMENT, AUDIT, and the kinds other modules register (TASK, SCHEDULE, APPROVAL, …)' }) kind: string;
  @Field(() => ID, { description: "The id of the entry's own record within its kind" }) entityId: number;
  @Field(() => Date) at: Date;
  @Field(() => String, { description: 'The record the entry is about' }) targetType: string;
  @Field(() => ID) targetId: number;
  @Field(() => String, { nullable: true, description: 'Plain-text headline (for the table view and unknown kinds)' }) title: string | null;
  @Field(() => String, { nullable: true }) summary: string | null;
  @Field(() => String, { nullable: true, description: 'A state code, when the kind has one (APPROVAL: SUBMITTED, APPROVED, REJECTED)' }) status?: string | null;
  actorId: number | null;
}

@ObjectType('TimelineConnection')
export class TimelineConnection extends Connection(TimelineItem, 'Timeline') {}
