// Each jest worker gets its own MySQL/MariaDB database (`<name>_w<worker>`), so test files can run in
// parallel although every file drops and re-creates its schema. SQLite runs in memory and needs nothing.
export function workerDatabaseUrl(url: string | undefined, worker: string | number): string | undefined {
  if (!url || !/^(mysql|mariadb):\/\//.test(url)) return url;
  const parsed = new URL(url);
  const name = parsed.pathname.replace(/^\//, '') || 'crm_test';
  parsed.pathname = `/${name}_w${worker}`;
  return parsed.toString();
}
