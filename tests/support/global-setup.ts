// Creates one MySQL/MariaDB database per jest worker before the suite starts. Fails (never skips) when the
// server of DATABASE_URL cannot be reached.
import { workerDatabaseUrl } from './worker-database-url';

export default async function globalSetup(config: { maxWorkers: number }) {
  const url = process.env.DATABASE_URL;
  if (!url || !/^(mysql|mariadb):\/\//.test(url)) return;
  const mysql = await import('mysql2/promise');
  const server = new URL(url);
  server.pathname = '/';
  const connection = await mysql.createConnection(server.toString());
  try {
    for (let worker = 1; worker <= Math.max(1, config.maxWorkers); worker++) {
      const name = new URL(workerDatabaseUrl(url, worker)!).pathname.slice(1);
      await connection.query(`CREATE DATABASE IF NOT EXISTS \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    }
  } finally {
    await connection.end();
  }
}
