// One stored value of a custom field on one record: a typed value table rather than JSON, so a filter on any field
// is an index range on (field, value) on both databases. Short text, dates (YYYY-MM-DD), choices (one row per chosen
// option code) and users (id) sit in `text_value`; numbers and money in `number_value`; long text in `long_value`.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DecimalColumn } from './columns';

@Entity('custom_field_value')
@Index('idx_custom_value_text', ['fieldId', 'textValue', 'recordId'])
@Index('idx_custom_value_number', ['fieldId', 'numberValue', 'recordId'])
@Index('idx_custom_value_record', ['recordId', 'fieldId'])
export class CustomFieldValue {
  @PrimaryGeneratedColumn() id: number;
  @Column({ name: 'field_id', type: 'int' }) fieldId: number;
  /** The id of the record in the field's module. */
  @Column({ name: 'record_id', type: 'int' }) recordId: number;
  @Column({ name: 'text_value', type: 'varchar', length: 200, nullable: true }) textValue: string | null;
  @DecimalColumn({ name: 'number_value', precision: 18, scale: 4, nullable: true }) numberValue: string | null;
  @Column({ name: 'long_value', type: 'text', nullable: true }) longValue: string | null;
}
