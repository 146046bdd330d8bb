// The small, always-safe view of a user that business records point to (owner, author, …), and the one with the
// person's status and department that the dashboard and 员工监督 list.
import { Field, ID, ObjectType } from 'type-graphql';
import { UserStatus } from '@/entities/user.entity';

@ObjectType('UserSummary')
export class UserSummary {
  @Field(() => ID) id: number;
  @Field(() => String) username: string;
  @Field(() => String) name: string;
}

/** A person with status and department: the dashboard's InsightPerson and 员工监督's SupervisedPerson. */
@ObjectType({ isAbstract: true } as never)
export abstract class PersonWithDepartment {
  @Field(() => ID) id: number;
  @Field(() => String) username: string;
  @Field(() => String) name: string;
  @Field(() => UserStatus) status: string;
  @Field(() => ID) departmentId: number;
  @Field(() => String, { nullable: true }) departmentName: string | null;
}
