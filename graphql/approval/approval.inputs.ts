// Approval flow settings input: the whole flow of one document type at once (steps in order).
import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { ApprovalDocumentType, ApproverType } from '@/entities/approval-flow.entity';

@InputType('ApprovalFlowStepInput')
export class ApprovalFlowStepInput {
  @Field(() => String) @MaxLength(50) name: string;
  @Field(() => ApproverType) approverType: ApproverType;
  @Field(() => ID, { nullable: true, description: 'For ROLE steps: a role with contract:approve' }) roleId?: string | null;
  @Field(() => ID, { nullable: true, description: 'For USER steps: an active user with contract:approve' }) userId?: string | null;
}

@InputType('SaveApprovalFlowInput')
export class SaveApprovalFlowInput {
  @Field(() => ApprovalDocumentType) documentType: ApprovalDocumentType;
  @Field(() => String) @MaxLength(50) name: string;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => [ApprovalFlowStepInput]) @ValidateNested() @ArrayMaxSize(10) steps: ApprovalFlowStepInput[];
  @Field(() => ID, { nullable: true, description: 'An active user with contract:approve who decides a step nobody else can; null: such a submission is refused' })
  fallbackUserId?: string | null;
}
