// Input shapes several modules share, defined once: the owner / department filter, the creation period, a from–to
// period, and the transfer of records to a colleague. Modules extend them, so the fields read and validate alike everywhere.
import { Field, ID, InputType } from 'type-graphql';

// GraphQL IDs arrive as strings; `Id` is what each module's resolver and service have always called them.
@InputType({ isAbstract: true } as never)
export abstract class OwnerFilterFields<Id extends string | number = string> {
  @Field(() => ID, { nullable: true }) ownerId?: Id;
  @Field(() => ID, { nullable: true, description: "Owner's department, including its sub-departments" }) departmentId?: Id;
}

@InputType({ isAbstract: true } as never)
export abstract class OwnerCreatedFilterFields<Id extends string | number = string> extends OwnerFilterFields<Id> {
  @Field(() => Date, { nullable: true }) createdFrom?: Date;
  @Field(() => Date, { nullable: true }) createdTo?: Date;
}

/** A period of instants, both ends optional (the log filters). */
@InputType({ isAbstract: true } as never)
export abstract class DateRangeFields {
  @Field(() => Date, { nullable: true }) from?: Date;
  @Field(() => Date, { nullable: true }) to?: Date;
}

@InputType({ isAbstract: true } as never)
export abstract class TransferRecordsInput<Id extends string | number = string> {
  @Field(() => [ID]) ids: string[];
  @Field(() => ID) toUserId: Id;
}
