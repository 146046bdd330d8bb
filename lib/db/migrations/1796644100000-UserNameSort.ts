// Pinyin sort key of people's names (issue 11 item 8, after NameSortKeys): user pickers, the approver picker and
// supervision's people sort by `user.name_sort` (lib/name-sort, surnames read as surnames: 曾 zeng, 单 shan).
// Filled here in keyset batches; users are few, so no index.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { fillSortKeys } from '@/lib/name-sort/name-sort';
import { runFor } from './run-for';

export class UserNameSort1796644100000 implements MigrationInterface {
  name = 'UserNameSort1796644100000';
  async up(runner: QueryRunner) {
    await runFor(runner, {
      mysql: ["ALTER TABLE `user` ADD `name_sort` varchar(191) COLLATE utf8mb4_bin NOT NULL DEFAULT ''"],
      sqlite: ['ALTER TABLE "user" ADD COLUMN "name_sort" varchar(191) NOT NULL DEFAULT (\'\')'],
    });
    await fillSortKeys(runner.manager, 'user', [{ column: 'name', sortColumn: 'name_sort', kind: 'person' }]);
  }
  down = (runner: QueryRunner) => runFor(runner, { mysql: ['ALTER TABLE `user` DROP COLUMN `name_sort`'], sqlite: ['ALTER TABLE "user" DROP COLUMN "name_sort"'] });
}
