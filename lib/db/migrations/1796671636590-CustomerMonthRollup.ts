// The customer month rollup (entities/customer-month-rollup.entity.ts): its table, the triggers that keep it exact on
// every insert, update and delete of a customer, and its first fill from the customers already there. A row counts
// when it is live (deleted_at IS NULL) and owned; its month is the UTC month of created_at.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

const mysqlBump = (row: 'OLD' | 'NEW', delta: 1 | -1) => `IF ${row}.owner_id IS NOT NULL AND ${row}.deleted_at IS NULL THEN
      INSERT INTO rollup_customer_month (owner_id, month, customers) VALUES (${row}.owner_id, DATE_FORMAT(${row}.created_at, '%Y-%m'), ${delta})
        ON DUPLICATE KEY UPDATE customers = customers + (${delta});
    END IF;`;

const mysqlUp: string[] = [
  "CREATE TABLE `rollup_customer_month` (`owner_id` int NOT NULL, `month` varchar(7) NOT NULL, `customers` int NOT NULL DEFAULT '0', INDEX `idx_rollup_customer_month_month` (`month`, `owner_id`, `customers`), PRIMARY KEY (`owner_id`, `month`)) ENGINE=InnoDB",
  `CREATE TRIGGER trg_customer_rollup_insert AFTER INSERT ON customer FOR EACH ROW BEGIN
    ${mysqlBump('NEW', 1)}
  END`,
  `CREATE TRIGGER trg_customer_rollup_update AFTER UPDATE ON customer FOR EACH ROW BEGIN
    IF NOT (OLD.owner_id <=> NEW.owner_id AND OLD.deleted_at <=> NEW.deleted_at AND OLD.created_at <=> NEW.created_at) THEN
      ${mysqlBump('OLD', -1)}
      ${mysqlBump('NEW', 1)}
    END IF;
  END`,
  `CREATE TRIGGER trg_customer_rollup_delete AFTER DELETE ON customer FOR EACH ROW BEGIN
    ${mysqlBump('OLD', -1)}
  END`,
  `INSERT INTO rollup_customer_month (owner_id, month, customers)
    SELECT owner_id, DATE_FORMAT(created_at, '%Y-%m'), COUNT(*) FROM customer WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY 1, 2`,
];
const mysqlDown: string[] = [
  'DROP TRIGGER trg_customer_rollup_insert',
  'DROP TRIGGER trg_customer_rollup_update',
  'DROP TRIGGER trg_customer_rollup_delete',
  "DROP INDEX `idx_rollup_customer_month_month` ON `rollup_customer_month`",
  "DROP TABLE `rollup_customer_month`",
];

const sqliteBump = (row: 'OLD' | 'NEW', delta: 1 | -1) => `INSERT INTO rollup_customer_month (owner_id, month, customers)
      SELECT ${row}.owner_id, strftime('%Y-%m', ${row}.created_at), ${delta} WHERE ${row}.owner_id IS NOT NULL AND ${row}.deleted_at IS NULL
      ON CONFLICT (owner_id, month) DO UPDATE SET customers = customers + excluded.customers;`;

const sqliteUp: string[] = [
  "CREATE TABLE \"rollup_customer_month\" (\"owner_id\" integer NOT NULL, \"month\" varchar(7) NOT NULL, \"customers\" integer NOT NULL DEFAULT (0), PRIMARY KEY (\"owner_id\", \"month\")) WITHOUT ROWID",
  "CREATE INDEX \"idx_rollup_customer_month_month\" ON \"rollup_customer_month\" (\"month\", \"owner_id\", \"customers\") ",
  `CREATE TRIGGER trg_customer_rollup_insert AFTER INSERT ON customer BEGIN
    ${sqliteBump('NEW', 1)}
  END`,
  `CREATE TRIGGER trg_customer_rollup_update AFTER UPDATE OF owner_id, deleted_at, created_at ON customer BEGIN
    ${sqliteBump('OLD', -1)}
    ${sqliteBump('NEW', 1)}
  END`,
  `CREATE TRIGGER trg_customer_rollup_delete AFTER DELETE ON customer BEGIN
    ${sqliteBump('OLD', -1)}
  END`,
  `INSERT INTO rollup_customer_month (owner_id, month, customers)
    SELECT owner_id, strftime('%Y-%m', created_at), COUNT(*) FROM customer WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY 1, 2`,
];
const sqliteDown: string[] = [
  'DROP TRIGGER trg_customer_rollup_insert',
  'DROP TRIGGER trg_customer_rollup_update',
  'DROP TRIGGER trg_customer_rollup_delete',
  "DROP INDEX \"idx_rollup_customer_month_month\"",
  "DROP TABLE \"rollup_customer_month\"",
];

export class CustomerMonthRollup1796671636590 implements MigrationInterface {
  name = 'CustomerMonthRollup1796671636590';
  up = (runner: QueryRunner) => runFor(runner, { mysql: mysqlUp, sqlite: sqliteUp });
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
