// Pinyin sort keys (issue 11 item 8): lists sorted by name order by `name_sort` (lib/name-sort), so 张三 and 李四
// come in 拼音 order rather than by code point. The columns are added empty, filled here in batches of a few
// thousand rows (keyset by id, one CASE update per batch), then indexed — the customer list's narrow and wide
// shapes (docs/scale/EXPLAIN.md) and the product catalogue's order: 5–12 s per 100k customers on MariaDB (measured on
// a shared, busy 2-core machine; computing the keys in JS is ~1.5 s of it).
// Keys are compared byte for byte (utf8mb4_bin on MariaDB), as on SQLite.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { fillSortKeys } from '@/lib/name-sort/name-sort';
import { runFor } from './run-for';

const KEY = "varchar(191) COLLATE utf8mb4_bin NOT NULL DEFAULT ''";
const mysqlColumns: string[] = [
  `ALTER TABLE \`customer\` ADD \`name_sort\` ${KEY}`,
  `ALTER TABLE \`lead\` ADD \`name_sort\` ${KEY}, ADD \`company_sort\` ${KEY}`,
  `ALTER TABLE \`opportunity\` ADD \`name_sort\` ${KEY}`,
  `ALTER TABLE \`product\` ADD \`name_sort\` ${KEY}`,
];
const mysqlIndexes: string[] = [
  'CREATE INDEX `idx_customer_owner_live_name` ON `customer` (`owner_id`, `deleted_at`, `name_sort`)',
  'CREATE INDEX `idx_customer_live_name_owner` ON `customer` (`deleted_at`, `name_sort`, `id`, `owner_id`)',
  'CREATE INDEX `idx_product_live_name_sort` ON `product` (`deleted_at`, `name_sort`, `id`)',
];
const mysqlDown: string[] = [
  'DROP INDEX `idx_product_live_name_sort` ON `product`',
  'DROP INDEX `idx_customer_live_name_owner` ON `customer`',
  'DROP INDEX `idx_customer_owner_live_name` ON `customer`',
  'ALTER TABLE `product` DROP COLUMN `name_sort`',
  'ALTER TABLE `opportunity` DROP COLUMN `name_sort`',
  'ALTER TABLE `lead` DROP COLUMN `company_sort`, DROP COLUMN `name_sort`',
  'ALTER TABLE `customer` DROP COLUMN `name_sort`',
];
const SQLITE_KEY = "varchar(191) NOT NULL DEFAULT ('')";
const sqliteColumns: string[] = [
  `ALTER TABLE "customer" ADD COLUMN "name_sort" ${SQLITE_KEY}`,
  `ALTER TABLE "lead" ADD COLUMN "name_sort" ${SQLITE_KEY}`,
  `ALTER TABLE "lead" ADD COLUMN "company_sort" ${SQLITE_KEY}`,
  `ALTER TABLE "opportunity" ADD COLUMN "name_sort" ${SQLITE_KEY}`,
  `ALTER TABLE "product" ADD COLUMN "name_sort" ${SQLITE_KEY}`,
];
const sqliteIndexes: string[] = [
  'CREATE INDEX "idx_customer_owner_live_name" ON "customer" ("owner_id", "deleted_at", "name_sort") ',
  'CREATE INDEX "idx_customer_live_name_owner" ON "customer" ("deleted_at", "name_sort", "id", "owner_id") ',
  'CREATE INDEX "idx_product_live_name_sort" ON "product" ("deleted_at", "name_sort", "id") ',
];
const sqliteDown: string[] = [
  'DROP INDEX "idx_product_live_name_sort"',
  'DROP INDEX "idx_customer_live_name_owner"',
  'DROP INDEX "idx_customer_owner_live_name"',
  'ALTER TABLE "product" DROP COLUMN "name_sort"',
  'ALTER TABLE "opportunity" DROP COLUMN "name_sort"',
  'ALTER TABLE "lead" DROP COLUMN "company_sort"',
  'ALTER TABLE "lead" DROP COLUMN "name_sort"',
  'ALTER TABLE "customer" DROP COLUMN "name_sort"',
];

/** The keys as they were defined when they were added: lead names are people's names (surnames read as such). */
const FILLS: [string, { column: string; sortColumn: string; kind: 'person' | 'name' }[]][] = [
  ['customer', [{ column: 'name', sortColumn: 'name_sort', kind: 'name' }]],
  ['lead', [{ column: 'name', sortColumn: 'name_sort', kind: 'person' }, { column: 'company', sortColumn: 'company_sort', kind: 'name' }]],
  ['opportunity', [{ column: 'name', sortColumn: 'name_sort', kind: 'name' }]],
  ['product', [{ column: 'name', sortColumn: 'name_sort', kind: 'name' }]],
];

export class NameSortKeys1796644000000 implements MigrationInterface {
  name = 'NameSortKeys1796644000000';
  async up(runner: QueryRunner) {
    await runFor(runner, { mysql: mysqlColumns, sqlite: sqliteColumns });
    for (const [table, names] of FILLS) await fillSortKeys(runner.manager, table, names);
    await runFor(runner, { mysql: mysqlIndexes, sqlite: sqliteIndexes });
  }
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
