// Inputs for departments and positions: only the fields an administrator may set.
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

@InputType('CreateDepartmentInput')
export class CreateDepartmentInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => ID, { description: 'The parent department (there is exactly one root)' }) parentId: string;
  @Field(() => ID, { nullable: true, description: 'Head of the department (a user)' }) headId?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
}

@InputType('UpdateDepartmentInput')
export class UpdateDepartmentInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) name?: string;
  @Field(() => ID, { nullable: true, description: 'A different parent moves the department with its whole subtree' }) parentId?: string;
  @Field(() => ID, { nullable: true, description: 'null removes the head' }) headId?: string | null;
  @Field(() => Int, { nullable: true }) sortOrder?: number;
}

@InputType('CreatePositionInput')
export class CreatePositionInput {
  @Field(() => String) @MaxLength(100) name: string;
  @Field(() => ID) departmentId: string;
}

@InputType('UpdatePositionInput')
export class UpdatePositionInput {
  @Field(() => String) @MaxLength(100) name: string;
}
