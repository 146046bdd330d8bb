// GraphQL shapes of field permissions (字段权限): a role's restrictions, the viewer's modes, the editor's catalogue.
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { MaxLength } from 'class-validator';

export enum FieldModeEnum { HIDDEN = 'HIDDEN', MASKED = 'MASKED', READ_ONLY = 'READ_ONLY', EDITABLE = 'EDITABLE' }
registerEnumType(FieldModeEnum, {
  name: 'FieldMode',
  description: 'HIDDEN: never shown, filtered, sorted or written; MASKED: shown masked (138****5678), not written; READ_ONLY: shown, not written; EDITABLE',
});

@ObjectType('FieldPermission', { description: "One field's mode in one module" })
export class FieldPermission {
  @Field(() => String) module: string;
  @Field(() => String) field: string;
  @Field(() => FieldModeEnum) mode: FieldModeEnum;
}

@InputType('FieldPermissionInput', { description: 'A restriction of one field; EDITABLE (or leaving the field out) lifts it' })
export class FieldPermissionInput {
  @Field(() => String) @MaxLength(30) module: string;
  @Field(() => String) @MaxLength(60) field: string;
  @Field(() => FieldModeEnum) mode: FieldModeEnum;
}

@ObjectType('ControlledField')
export class ControlledField {
  @Field(() => String) key: string;
  @Field(() => String) label: string;
  @Field(() => String) labelEn: string;
  @Field(() => String, { description: 'How a masked value is shown: mobile, phone, email, idNumber or text' }) mask: string;
}

@ObjectType('FieldModule', { description: 'A module with permission-controlled fields' })
export class FieldModuleInfo {
  @Field(() => String) module: string;
  @Field(() => String) label: string;
  @Field(() => String) labelEn: string;
  @Field(() => [ControlledField]) fields: ControlledField[];
}
