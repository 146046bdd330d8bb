// Keyword search index (issue 9): search_document (each customer's, contact's and lead's searchable fields,
// normalised) and search_token (its bigrams), filled here for the records that exist. The document text is
// compared byte for byte (utf8mb4_bin on MariaDB), so a match means the same on MariaDB and SQLite.
// At a million customers the backfill takes a few minutes (it runs once, at the upgrade's `npm start`).
import { MigrationInterface, QueryRunner } from 'typeorm';
import { rebuildSearchIndex } from '@/lib/search/search-index';
import { SearchTypeName } from '@/lib/search/search-types';
import { runFor } from './run-for';

const mysqlUp: string[] = [
  "CREATE TABLE `search_document` (`record_type` smallint NOT NULL, `record_id` int NOT NULL, `text` varchar(1000) COLLATE utf8mb4_bin NOT NULL, PRIMARY KEY (`record_type`, `record_id`)) ENGINE=InnoDB",
  "CREATE TABLE `search_token` (`record_type` smallint NOT NULL, `token` bigint NOT NULL, `record_id` int NOT NULL, PRIMARY KEY (`record_type`, `token`, `record_id`)) ENGINE=InnoDB",
];
const mysqlDown: string[] = [
  "DROP TABLE `search_token`",
  "DROP TABLE `search_document`",
];
const sqliteUp: string[] = [
  "CREATE TABLE \"search_document\" (\"record_type\" smallint NOT NULL, \"record_id\" integer NOT NULL, \"text\" varchar(1000) NOT NULL, PRIMARY KEY (\"record_type\", \"record_id\")) WITHOUT ROWID",
  "CREATE TABLE \"search_token\" (\"record_type\" smallint NOT NULL, \"token\" bigint NOT NULL, \"record_id\" integer NOT NULL, PRIMARY KEY (\"record_type\", \"token\", \"record_id\")) WITHOUT ROWID",
];
const sqliteDown: string[] = [
  "DROP TABLE \"search_token\"",
  "DROP TABLE \"search_document\"",
];

const TYPES: SearchTypeName[] = ['customer', 'contact', 'lead'];

export class SearchIndex1796611907486 implements MigrationInterface {
  name = 'SearchIndex1796611907486';
  async up(runner: QueryRunner) {
    await runFor(runner, { mysql: mysqlUp, sqlite: sqliteUp });
    for (const type of TYPES) await rebuildSearchIndex(runner.manager, type);
  }
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
