// Approval GraphQL types beyond the entities: the flow settings view and the pending-steps connection.
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Approval, ApprovalStep } from '@/entities';
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

export enum ApprovalFlowWarningReason { NO_APPROVER = 'NO_APPROVER', SINGLE_APPROVER = 'SINGLE_APPROVER' }
registerEnumType(ApprovalFlowWarningReason, {
  name: 'ApprovalFlowWarningReason',
  description: 'NO_APPROVER: nobody may approve the step; SINGLE_APPROVER: one person may, and not on their own submission',
});

@ObjectType('ApprovalFlowWarning')
export class ApprovalFlowWarning {
  @Field(() => Int) position: number;
  @Field(() => String) stepName: string;
  @Field(() => ApprovalFlowWarningReason) reason: ApprovalFlowWarningReason;
  @Field(() => Boolean, { description: 'The fallback approver takes the step over when nobody else can' }) covered: boolean;
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
  @Field(() => ID, { nullable: true, description: 'Decides a step nobody else can (e.g. its only approver submitted)' }) fallbackUserId: number | null;
  @Field(() => [ApprovalFlowWarning], { description: 'Steps that can be left without an approver' }) warnings: ApprovalFlowWarning[];
  updatedById: number | null;
}

@ObjectType('ApprovalRoleOption', { description: 'A role a ROLE step may name (it grants contract:approve)' })
export class ApprovalRoleOption {
  @Field(() => ID) id: number;
  @Field(() => String) name: string;
}

@ObjectType('ApprovalStepConnection')
export class ApprovalStepConnection extends Connection(ApprovalStep, 'ApprovalStep') {}

@ObjectType('ApprovalConnection')
export class ApprovalConnection extends Connection(Approval, 'Approval') {}
