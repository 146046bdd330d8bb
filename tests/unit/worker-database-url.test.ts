// Per-worker test databases: MySQL URLs get a worker suffix on the database name; SQLite and unset stay as they are.
import { workerDatabaseUrl } from '../support/worker-database-url';

test('a MySQL or MariaDB URL names the worker database, keeping credentials, host and options', () => {
  expect(workerDatabaseUrl('mysql://root@127.0.0.1:3306/crm_ci', 2)).toBe('mysql://root@127.0.0.1:3306/crm_ci_w2');
  expect(workerDatabaseUrl('mariadb://u:p@db:3307/crm?charset=utf8mb4', '1')).toBe('mariadb://u:p@db:3307/crm_w1?charset=utf8mb4');
});

test('SQLite and an unset URL are left alone', () => {
  expect(workerDatabaseUrl('file::memory:', 1)).toBe('file::memory:');
  expect(workerDatabaseUrl(undefined, 1)).toBeUndefined();
});
