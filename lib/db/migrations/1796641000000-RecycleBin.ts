// Recycle bin (issue 13 item 6): contacts and products remember who deleted them, like the other records, and
// contacts and opportunities the customer whose deletion took them along (restored with it). Contacts deleted
// with their customer before this carried its deletion time: they are marked from it.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

const mysqlUp: string[] = [
  'ALTER TABLE `contact` ADD `deleted_by_id` int NULL',
  'ALTER TABLE `product` ADD `deleted_by_id` int NULL',
  'ALTER TABLE `contact` ADD `deleted_with_customer_id` int NULL',
  'ALTER TABLE `opportunity` ADD `deleted_with_customer_id` int NULL',
  'UPDATE `contact` SET `deleted_with_customer_id` = `customer_id` WHERE `deleted_at` IS NOT NULL AND EXISTS (SELECT 1 FROM `customer` `c` WHERE `c`.`id` = `contact`.`customer_id` AND `c`.`deleted_at` = `contact`.`deleted_at`)',
];
const mysqlDown: string[] = [
  'ALTER TABLE `opportunity` DROP COLUMN `deleted_with_customer_id`',
  'ALTER TABLE `contact` DROP COLUMN `deleted_with_customer_id`',
  'ALTER TABLE `product` DROP COLUMN `deleted_by_id`',
  'ALTER TABLE `contact` DROP COLUMN `deleted_by_id`',
];
const sqliteUp: string[] = [
  'ALTER TABLE "contact" ADD COLUMN "deleted_by_id" integer',
  'ALTER TABLE "product" ADD COLUMN "deleted_by_id" integer',
  'ALTER TABLE "contact" ADD COLUMN "deleted_with_customer_id" integer',
  'ALTER TABLE "opportunity" ADD COLUMN "deleted_with_customer_id" integer',
  'UPDATE "contact" SET "deleted_with_customer_id" = "customer_id" WHERE "deleted_at" IS NOT NULL AND EXISTS (SELECT 1 FROM "customer" "c" WHERE "c"."id" = "contact"."customer_id" AND "c"."deleted_at" = "contact"."deleted_at")',
];
const sqliteDown: string[] = [
  'ALTER TABLE "opportunity" DROP COLUMN "deleted_with_customer_id"',
  'ALTER TABLE "contact" DROP COLUMN "deleted_with_customer_id"',
  'ALTER TABLE "product" DROP COLUMN "deleted_by_id"',
  'ALTER TABLE "contact" DROP COLUMN "deleted_by_id"',
];

export class RecycleBin1796641000000 implements MigrationInterface {
  name = 'RecycleBin1796641000000';
  up = (runner: QueryRunner) => runFor(runner, { mysql: mysqlUp, sqlite: sqliteUp });
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
