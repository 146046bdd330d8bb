// Receivables in the recycle bin (issue 13 item 6): a rejected receivable can be deleted (soft, with who did it) and
// restored. Approved and pending ones are the books and the approval queue: they are never deleted.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

const mysqlUp: string[] = [
  'ALTER TABLE `receivable` ADD `deleted_at` datetime NULL',
  'ALTER TABLE `receivable` ADD `deleted_by_id` int NULL',
];
const mysqlDown: string[] = [
  'ALTER TABLE `receivable` DROP COLUMN `deleted_by_id`',
  'ALTER TABLE `receivable` DROP COLUMN `deleted_at`',
];
const sqliteUp: string[] = [
  'ALTER TABLE "receivable" ADD COLUMN "deleted_at" datetime',
  'ALTER TABLE "receivable" ADD COLUMN "deleted_by_id" integer',
];
const sqliteDown: string[] = [
  'ALTER TABLE "receivable" DROP COLUMN "deleted_by_id"',
  'ALTER TABLE "receivable" DROP COLUMN "deleted_at"',
];

export class ReceivableRecycleBin1796642000000 implements MigrationInterface {
  name = 'ReceivableRecycleBin1796642000000';
  up = (runner: QueryRunner) => runFor(runner, { mysql: mysqlUp, sqlite: sqliteUp });
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
