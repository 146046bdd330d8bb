// A custom field (自定义字段) an administrator adds to a module's records: its key (the API name), label, type and
// whether it is required. Choice fields take their options from a data dictionary — a shared one or the field's own
// (`field:<id>`). Fields are disabled, never deleted, so values already stored stay readable in history and exports.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from './columns';

export enum CustomFieldType {
  TEXT = 'TEXT', LONG_TEXT = 'LONG_TEXT', NUMBER = 'NUMBER', MONEY = 'MONEY', DATE = 'DATE',
  SINGLE_CHOICE = 'SINGLE_CHOICE', MULTI_CHOICE = 'MULTI_CHOICE', USER = 'USER',
}

@Entity('custom_field')
@Index('uq_custom_field_key', ['module', 'key'], { unique: true })
export class CustomField {
  @PrimaryGeneratedColumn() id: number;
  /** customer, contact, lead, opportunity or contract. */
  @Column({ type: 'varchar', length: 20 }) module: string;
  /** The name in the API, filters and imports; fixed at creation. */
  @Column({ type: 'varchar', length: 40 }) key: string;
  @Column({ type: 'varchar', length: 50 }) label: string;
  @Column({ type: 'varchar', length: 20 }) type: CustomFieldType;
  @Column({ type: 'boolean', default: false }) required: boolean;
  /** Choice fields: the dictionary offering the options (a built-in kind, or `field:<id>` for its own). */
  @Column({ name: 'dictionary_kind', type: 'varchar', length: 40, nullable: true }) dictionaryKind: string | null;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  /** Disabled fields leave forms, lists and filters; their values stay stored. */
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
