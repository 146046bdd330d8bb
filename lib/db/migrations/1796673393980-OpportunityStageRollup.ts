// The opportunity stage rollup (entities/opportunity-stage-rollup.entity.ts): its table, the triggers that keep it
// exact on every insert, update and delete of an opportunity, and its first fill. A row counts when it is live
// (deleted_at IS NULL) and owned, under its stage and category, with its amount in cents.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

const KEY = ['owner_id', 'deleted_at', 'stage_id', 'category', 'amount'];

const mysqlBump = (row: 'OLD' | 'NEW', sign: 1 | -1) => `IF ${row}.owner_id IS NOT NULL AND ${row}.deleted_at IS NULL THEN
      INSERT INTO rollup_opportunity_stage (owner_id, stage_id, category, opportunities, cents)
        VALUES (${row}.owner_id, ${row}.stage_id, ${row}.category, ${sign}, ${sign} * CAST(ROUND(COALESCE(${row}.amount, 0) * 100) AS SIGNED))
        ON DUPLICATE KEY UPDATE opportunities = opportunities + VALUES(opportunities), cents = cents + VALUES(cents);
    END IF;`;

const mysqlUp: string[] = [
  "CREATE TABLE `rollup_opportunity_stage` (`owner_id` int NOT NULL, `stage_id` int NOT NULL, `category` varchar(12) NOT NULL, `opportunities` int NOT NULL DEFAULT '0', `cents` bigint NOT NULL DEFAULT '0', PRIMARY KEY (`owner_id`, `stage_id`, `category`)) ENGINE=InnoDB",
  `CREATE TRIGGER trg_opportunity_rollup_insert AFTER INSERT ON opportunity FOR EACH ROW BEGIN
    ${mysqlBump('NEW', 1)}
  END`,
  `CREATE TRIGGER trg_opportunity_rollup_update AFTER UPDATE ON opportunity FOR EACH ROW BEGIN
    IF NOT (${KEY.map((c) => `OLD.${c} <=> NEW.${c}`).join(' AND ')}) THEN
      ${mysqlBump('OLD', -1)}
      ${mysqlBump('NEW', 1)}
    END IF;
  END`,
  `CREATE TRIGGER trg_opportunity_rollup_delete AFTER DELETE ON opportunity FOR EACH ROW BEGIN
    ${mysqlBump('OLD', -1)}
  END`,
  `INSERT INTO rollup_opportunity_stage (owner_id, stage_id, category, opportunities, cents)
    SELECT owner_id, stage_id, category, COUNT(*), SUM(CAST(ROUND(COALESCE(amount, 0) * 100) AS SIGNED))
    FROM opportunity WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id, stage_id, category`,
];
const dropTriggers = ['insert', 'update', 'delete'].map((e) => `DROP TRIGGER trg_opportunity_rollup_${e}`);
const mysqlDown: string[] = [...dropTriggers, "DROP TABLE `rollup_opportunity_stage`"];

const sqliteBump = (row: 'OLD' | 'NEW', sign: 1 | -1) => `INSERT INTO rollup_opportunity_stage (owner_id, stage_id, category, opportunities, cents)
      SELECT ${row}.owner_id, ${row}.stage_id, ${row}.category, ${sign}, ${sign} * CAST(ROUND(COALESCE(${row}.amount, 0) * 100) AS INTEGER)
      WHERE ${row}.owner_id IS NOT NULL AND ${row}.deleted_at IS NULL
      ON CONFLICT (owner_id, stage_id, category) DO UPDATE SET opportunities = opportunities + excluded.opportunities, cents = cents + excluded.cents;`;

const sqliteUp: string[] = [
  "CREATE TABLE \"rollup_opportunity_stage\" (\"owner_id\" integer NOT NULL, \"stage_id\" integer NOT NULL, \"category\" varchar(12) NOT NULL, \"opportunities\" integer NOT NULL DEFAULT (0), \"cents\" bigint NOT NULL DEFAULT (0), PRIMARY KEY (\"owner_id\", \"stage_id\", \"category\")) WITHOUT ROWID",
  `CREATE TRIGGER trg_opportunity_rollup_insert AFTER INSERT ON opportunity BEGIN
    ${sqliteBump('NEW', 1)}
  END`,
  `CREATE TRIGGER trg_opportunity_rollup_update AFTER UPDATE OF ${KEY.join(', ')} ON opportunity BEGIN
    ${sqliteBump('OLD', -1)}
    ${sqliteBump('NEW', 1)}
  END`,
  `CREATE TRIGGER trg_opportunity_rollup_delete AFTER DELETE ON opportunity BEGIN
    ${sqliteBump('OLD', -1)}
  END`,
  `INSERT INTO rollup_opportunity_stage (owner_id, stage_id, category, opportunities, cents)
    SELECT owner_id, stage_id, category, COUNT(*), SUM(CAST(ROUND(COALESCE(amount, 0) * 100) AS INTEGER))
    FROM opportunity WHERE deleted_at IS NULL AND owner_id IS NOT NULL GROUP BY owner_id, stage_id, category`,
];
const sqliteDown: string[] = [...dropTriggers, 'DROP TABLE "rollup_opportunity_stage"'];

export class OpportunityStageRollup1796673393980 implements MigrationInterface {
  name = 'OpportunityStageRollup1796673393980';
  up = (runner: QueryRunner) => runFor(runner, { mysql: mysqlUp, sqlite: sqliteUp });
  down = (runner: QueryRunner) => runFor(runner, { mysql: mysqlDown, sqlite: sqliteDown });
}
