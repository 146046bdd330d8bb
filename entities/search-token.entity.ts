// The n-gram index of keyword search: one row per (record type, bigram, record), so the records holding a bigram
// are one primary-key range (lib/search/search-text.ts says which bigrams are stored).
import { Entity, PrimaryColumn } from 'typeorm';

@Entity('search_token', { withoutRowid: true })
export class SearchToken {
  @PrimaryColumn({ name: 'record_type', type: 'smallint' }) recordType: number;
  /** Two code points as one integer (first × 2^21 + second). */
  @PrimaryColumn({ type: 'bigint' }) token: number;
  @PrimaryColumn({ name: 'record_id', type: 'int' }) recordId: number;
}
