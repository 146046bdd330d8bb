// Recycle bin (issue 13 item 6): contacts and products remember who deleted them, like the other records.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

const mysqlUp: string[] = [
  'ALTER TABLE `contact` ADD `deleted_by_id` int NULL',
  'ALTER TABLE `product` ADD `deleted_by_id` int NULL',
];
const mysqlDown: string[] = [
  'ALTER TABLE `product` DROP COLUMN `deleted_by_id`',
  'ALTER TABLE `contact` DROP COLUMN `deleted_by_id`',
];
const sqliteUp: string[] = [
  'ALTER TABLE "contact" ADD COLUMN "deleted_by_id" integer',
  'ALTER TABLE "product" ADD COLUMN "deleted_by_id" integer',
];
const sqliteDown: string[] = [
  'ALTER TABLE "product" DROP COLUMN "deleted_by_id"',
  'ALTER TABLE "contact" DROP COLUMN "deleted_by_id"',
];

export class RecycleBin1796615000000 implements MigrationInterface {
  name = 'RecycleBin1796615000000';
  up = (runner: QueryRunner) => runFor(runner, { mysql: mysqlUp, sqlite: sqliteUp });
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
