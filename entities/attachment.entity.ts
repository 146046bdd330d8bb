// An uploaded file kept on disk under ATTACHMENT_DIR with a random storage name. It belongs to a record
// (entityType + entityId, e.g. a follow-up) and is visible exactly when that record is; until it is linked
// (entityId null) only its uploader sees it.
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, DateColumn } from './columns';

@ObjectType('Attachment')
@Entity('attachment')
@Index('idx_attachment_owner', ['entityType', 'entityId'])
@Index('idx_attachment_uploader', ['uploadedById', 'createdAt'])
export class Attachment {
  @Field(() => ID) @PrimaryGeneratedColumn() id: number;
  @Field(() => String, { nullable: true }) @Column({ name: 'entity_type', type: 'varchar', length: 20, nullable: true }) entityType: string | null;
  @Field(() => ID, { nullable: true }) @Column({ name: 'entity_id', type: 'int', nullable: true }) entityId: number | null;
  @Field(() => String, { description: 'The original name, sanitised' }) @Column({ name: 'file_name', type: 'varchar', length: 120 }) fileName: string;
  @Index('uq_attachment_storage', { unique: true }) @Column({ name: 'storage_name', type: 'varchar', length: 80 }) storageName: string;
  @Field(() => String) @Column({ name: 'mime_type', type: 'varchar', length: 100 }) mimeType: string;
  @Field(() => Int) @Column({ type: 'int' }) size: number;
  @Field(() => ID) @Column({ name: 'uploaded_by_id', type: 'int' }) uploadedById: number;
  @Field(() => Date, { nullable: true }) @DateColumn({ name: 'deleted_at' }) deletedAt: Date | null;
  @Field(() => Date) @CreatedAt() createdAt: Date;
}
