// One option of a data dictionary (数据字典): customer source, industry, region (a tree), follow-up method… Options
// are added, renamed, reordered and disabled, never deleted. Records store the option's `code`, which never changes
// after creation (it is the option's name at that moment), so a rename touches one row and old values stay readable.
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAt, UpdatedAt } from './columns';

@Entity('dictionary_option')
@Index('uq_dictionary_option_code', ['kind', 'code'], { unique: true })
// Names are unique among siblings (a city's name within its province); parent 0 is the top level.
@Index('uq_dictionary_option_name', ['kind', 'parentId', 'name'], { unique: true })
export class DictionaryOption {
  @PrimaryGeneratedColumn() id: number;
  /** The dictionary, e.g. industry, customer_source, region, or field:<id> for a custom field's own options. */
  @Column({ type: 'varchar', length: 40 }) kind: string;
  /** What records store; fixed at creation. */
  @Column({ type: 'varchar', length: 100 }) code: string;
  @Column({ type: 'varchar', length: 50 }) name: string;
  /** 0 for a top-level option; a tree's child (a city) names its parent (the province). */
  @Column({ name: 'parent_id', type: 'int', default: 0 }) parentId: number;
  @Column({ name: 'sort_order', type: 'int', default: 0 }) sortOrder: number;
  /** Disabled options are no longer offered; records keep showing them. */
  @Column({ type: 'boolean', default: true }) enabled: boolean;
  @CreatedAt() createdAt: Date;
  @UpdatedAt() updatedAt: Date;
}
