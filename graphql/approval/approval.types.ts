// Approval GraphQL types beyond the entities: the flow settings view and the pending-steps connection.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ApprovalStep } from '@/entities';
import { ApprovalDocumentType, ApproverType } from '@/entities/approval-flow.entity';
import { Connection } from '../common/connection';

@ObjectType('ApprovalFlowStep')
export class ApprovalFlowStepView {
  @Field(() => Int, { description: '1 for the first step' }) position: number;
  @Field(() => String) name: string;
  @Field(() => ApproverType) approverType: ApproverType;
  @Field(() => ID, { nullable: true }) roleId: number | null;
  @Field(() => ID, { nullable: true }) userId: number | null;
}

@ObjectType('ApprovalFlowSettings', { description: 'The approval flow of a document type; disabled or without steps means approved on submit' })
export class ApprovalFlowSettings {
  @Field(() => ID, { nullable: true, description: 'null until first saved' }) id: number | null;
  @Field(() => ApprovalDocumentType) documentType: ApprovalDocumentType;
  @Field(() => String) name: string;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => [ApprovalFlowStepView]) steps: ApprovalFlowStepView[];
  @Field(() => Int, { description: 'Bumped on every save' }) version: number;
  @Field(() => Date, { nullable: true }) updatedAt: Date | null;
  updatedById: number | null;
}

@ObjectType('ApprovalRoleOption', { description: 'A role a ROLE step may name (it grants contract:approve)' })
export class ApprovalRoleOption {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
}

@ObjectType('ApprovalStepConnection')
export class ApprovalStepConnection extends Connection(ApprovalStep, 'ApprovalStep') {}
