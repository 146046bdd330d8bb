// Inputs for user administration. Status and password have their own mutations; username is set once.
import { Field, ID, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { UserStatus } from '@/entities/user.entity';

@InputType('UserFilter')
export class UserFilterInput {
  @Field(() => String, { nullable: true, description: 'Matches username, name, phone and email' }) @IsOptional() @MaxLength(100) keyword?: string;
  @Field(() => ID, { nullable: true, description: 'Includes sub-departments' }) departmentId?: string;
  @Field(() => UserStatus, { nullable: true }) status?: UserStatus;
  @Field(() => ID, { nullable: true }) roleId?: string;
}

@InputType('CreateUserInput')
export class CreateUserInput {
  @Field(() => String, { description: 'Login name, unique' }) @MaxLength(50) username: string;
  @Field(() => String) @MaxLength(50) name: string;
  @Field(() => ID) departmentId: string;
  @Field(() => ID, { nullable: true }) positionId?: string | null;
  @Field(() => [ID]) roleIds: string[];
  @Field(() => String, { nullable: true }) phone?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) address?: string;
  @Field(() => String, { description: 'Initial password; the user must change it at the first login' }) password: string;
}

@InputType('UpdateUserInput')
export class UpdateUserInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(50) name?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string;
  @Field(() => ID, { nullable: true, description: 'null clears the position' }) positionId?: string | null;
  @Field(() => [ID], { nullable: true, description: 'The complete new role list' }) roleIds?: string[];
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) address?: string | null;
}
