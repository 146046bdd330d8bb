// Field permissions (字段权限, lib/fields): a role's per-module field restrictions, JSON text like its scopes.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { runFor } from './run-for';

export class FieldPermissions1796612862057 implements MigrationInterface {
  name = 'FieldPermissions1796612862057';
  up = (runner: QueryRunner) => runFor(runner, {
    mysql: ['ALTER TABLE `role` ADD `field_permissions` text NULL'],
    sqlite: ['ALTER TABLE "role" ADD COLUMN "field_permissions" text'],
  });
  down = (runner: QueryRunner) => runFor(runner, {
    mysql: ['ALTER TABLE `role` DROP COLUMN `field_permissions`'],
    sqlite: ['ALTER TABLE "role" DROP COLUMN "field_permissions"'],
  });
}
