// Import GraphQL types: the choices, the module's columns, the report rows and the history connection.
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ArrayMaxSize, ValidateNested } from 'class-validator';
import { ImportJob } from '@/entities';
import { Connection } from '../common/connection';

export enum ImportOwnerChoice { ME = 'ME', USER = 'USER', COLUMN = 'COLUMN' }
registerEnumType(ImportOwnerChoice, { name: 'ImportOwnerChoice', description: 'ME: the importer; USER: ownerId; COLUMN: the 负责人 column (usernames), each within the write scope' });
export enum ImportDuplicates { SKIP = 'SKIP', UPDATE = 'UPDATE' }
registerEnumType(ImportDuplicates, { name: 'ImportDuplicates', description: 'SKIP duplicates, or UPDATE those within your write scope (others are skipped)' });
export enum ImportProblemKind { ERROR = 'ERROR', DUPLICATE = 'DUPLICATE', WARNING = 'WARNING' }
registerEnumType(ImportProblemKind, { name: 'ImportProblemKind', description: 'ERROR: not imported; DUPLICATE: skipped; WARNING: imported, but look' });

@ObjectType('ImportOptions')
export class ImportOptionsView {
  @Field(() => ImportOwnerChoice) owner: ImportOwnerChoice;
  @Field(() => ID, { nullable: true }) ownerId: number | null;
  @Field(() => ImportDuplicates) duplicates: ImportDuplicates;
  @Field(() => Boolean, { description: 'One transaction: any bad row and nothing is written' }) allOrNothing: boolean;
}

@ObjectType('ImportField', { description: 'A column a record type can be imported from' })
export class ImportFieldView {
  @Field(() => String) key: string;
  @Field(() => String, { description: 'The template header' }) label: string;
  @Field(() => Boolean) required: boolean;
  @Field(() => String, { nullable: true }) hint: string | null;
  @Field(() => String) example: string;
  @Field(() => [String], { description: 'Allowed values (an enumeration), else empty' }) choices: string[];
}

@ObjectType('ImportMessage')
export class ImportMessageView {
  @Field(() => String, { nullable: true, description: 'The column (template header) it is about; null: the row' }) column: string | null;
  @Field(() => String) message: string;
}

@ObjectType('ImportProblem', { description: 'A row of the file not imported as it stood, or imported with a warning' })
export class ImportProblemView {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1)' }) rowNumber: number;
  @Field(() => ImportProblemKind) kind: ImportProblemKind;
  @Field(() => [ImportMessageView]) messages: ImportMessageView[];
  @Field(() => [String], { description: 'The row as read (each cell cut to 100 characters)' }) cells: string[];
}

@ObjectType('ImportProblemConnection')
export class ImportProblemConnection extends Connection(ImportProblemView, 'ImportProblem') {}

@ObjectType('DataImportConnection')
export class DataImportConnection extends Connection(ImportJob, 'DataImport') {}

@InputType('ImportOptionsInput')
export class ImportOptionsInput {
  @Field(() => ImportOwnerChoice, { defaultValue: ImportOwnerChoice.ME }) owner: ImportOwnerChoice;
  @Field(() => ID, { nullable: true }) ownerId?: string;
  @Field(() => ImportDuplicates, { defaultValue: ImportDuplicates.SKIP }) duplicates: ImportDuplicates;
  @Field(() => Boolean, { defaultValue: false }) allOrNothing: boolean;
}

@InputType('StartDataImportInput')
export class StartDataImportInput {
  @Field(() => [String], { nullable: 'items', description: 'The field key per file column, in column order; null or "" leaves a column out' })
  @ArrayMaxSize(100) mapping: (string | null)[];
  @Field(() => ImportOptionsInput) @ValidateNested() options: ImportOptionsInput;
}
