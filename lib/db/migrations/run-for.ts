// Runs a migration's statements for the driver in use (generated migrations keep one list per database).
import { QueryRunner } from 'typeorm';

export async function runFor(runner: QueryRunner, statements: { mysql: string[]; sqlite: string[] }) {
  const list = runner.connection.options.type !== 'better-sqlite3' ? statements.mysql : statements.sqlite;
  for (const sql of list) await runner.query(sql);
}
