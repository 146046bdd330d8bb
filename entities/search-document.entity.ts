// The searchable text of one record (customer, contact, lead), normalised (lib/search/search-text.ts): keyword
// matches are decided on it, the same way on SQLite and MariaDB. Written with the record, in its transaction.
import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('search_document', { withoutRowid: true })
export class SearchDocument {
  /** The record type's number (lib/search/search-types.ts). */
  @PrimaryColumn({ name: 'record_type', type: 'smallint' }) recordType: number;
  @PrimaryColumn({ name: 'record_id', type: 'int' }) recordId: number;
  /** The record's searchable fields, normalised, one per line; compared byte for byte (utf8mb4_bin on MariaDB). */
  @Column({ type: 'varchar', length: 1000 }) text: string;
}
