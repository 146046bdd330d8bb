// A generated download (exports): the file travels base64-encoded in the response, so any app instance can
// serve it and nothing is left on disk. Reusable by every module's export mutation.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ExportFormat { CSV = 'CSV', XLSX = 'XLSX' }
registerEnumType(ExportFormat, { name: 'ExportFormat', description: 'CSV (UTF-8 with BOM) or Excel .xlsx' });

@ObjectType('ExportFile', { description: 'A generated file: decode contentBase64 and save it under fileName' })
export class ExportFile {
  @Field(() => String) fileName: string;
  @Field(() => String) mimeType: string;
  @Field(() => String) contentBase64: string;
  @Field(() => Int, { description: 'Rows exported' }) count: number;
}

@ObjectType('ExportLink', { description: 'A short-lived link that streams the export: GET it, signed in as yourself, before expiresAt' })
export class ExportLink {
  @Field(() => String, { description: 'Relative URL of the download (/api/exports?token=…)' }) url: string;
  @Field(() => Date) expiresAt: Date;
  @Field(() => String) fileName: string;
  @Field(() => String) mimeType: string;
  @Field(() => Int, { description: 'Rows matching now (the file holds the rows readable when it is downloaded)' }) count: number;
}
