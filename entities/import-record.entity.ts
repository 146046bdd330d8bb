// A record an import created or updated: what undoing the import moves to the recycle bin (those it created).
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('import_record')
export class ImportRecord {
  @PrimaryColumn({ name: 'import_id', type: 'int' }) importId: number;
  @PrimaryColumn({ name: 'entity_id', type: 'int' }) entityId: number;
  @Column({ name: 'entity_type', type: 'varchar', length: 20 }) entityType: string;
  /** CREATE or UPDATE. */
  @Column({ type: 'varchar', length: 6 }) action: string;
}
