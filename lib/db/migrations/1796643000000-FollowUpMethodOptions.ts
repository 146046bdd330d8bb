// The follow-up method is an option of the 跟进方式 dictionary rather than a fixed list: an option the administrator
// adds is stored by its code (its name, up to 50 characters, numbered when taken), so the column widens to 60.
// SQLite keeps the declared type in the table's definition: the table is rebuilt (the statements TypeORM generates).
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

const COLUMNS = '"id", "parent_type", "parent_id", "subject", "method", "participants", "objective", "result", "next_step", "occurred_at", '
  + '"next_contact_at", "substantive", "author_id", "deleted_at", "deleted_by_id", "created_at", "updated_at"';

const sqliteRebuild = (width: number): string[] => [
  'DROP INDEX "idx_follow_up_author_live"',
  'DROP INDEX "idx_follow_up_live_occurred"',
  'DROP INDEX "idx_follow_up_parent"',
  'CREATE TABLE "temporary_follow_up" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "parent_type" varchar(20) NOT NULL, "parent_id" integer NOT NULL, '
    + `"subject" varchar(50) NOT NULL, "method" varchar(${width}) NOT NULL, "participants" varchar(200), "objective" text NOT NULL, "result" text NOT NULL, `
    + '"next_step" text, "occurred_at" datetime NOT NULL, "next_contact_at" datetime, "substantive" boolean NOT NULL DEFAULT (0), "author_id" integer NOT NULL, '
    + '"deleted_at" datetime, "deleted_by_id" integer, "created_at" datetime NOT NULL DEFAULT (datetime(\'now\')), "updated_at" datetime NOT NULL DEFAULT (datetime(\'now\')))',
  `INSERT INTO "temporary_follow_up"(${COLUMNS}) SELECT ${COLUMNS} FROM "follow_up"`,
  'DROP TABLE "follow_up"',
  'ALTER TABLE "temporary_follow_up" RENAME TO "follow_up"',
  'CREATE INDEX "idx_follow_up_author_live" ON "follow_up" ("author_id", "deleted_at", "occurred_at", "substantive", "parent_type", "parent_id") ',
  'CREATE INDEX "idx_follow_up_live_occurred" ON "follow_up" ("deleted_at", "occurred_at", "id", "parent_type", "parent_id") ',
  'CREATE INDEX "idx_follow_up_parent" ON "follow_up" ("parent_type", "parent_id", "occurred_at") ',
];

export class FollowUpMethodOptions1796643000000 implements MigrationInterface {
  name = 'FollowUpMethodOptions1796643000000';
  up = (runner: QueryRunner) => runFor(runner, { mysql: ['ALTER TABLE `follow_up` MODIFY `method` varchar(60) NOT NULL'], sqlite: sqliteRebuild(60) });
  down = (runner: QueryRunner) => runFor(runner, { mysql: ['ALTER TABLE `follow_up` MODIFY `method` varchar(10) NOT NULL'], sqlite: sqliteRebuild(10) });
}
