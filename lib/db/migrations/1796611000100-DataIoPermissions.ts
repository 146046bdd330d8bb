// Data migration (issue 12): the new operation permissions of imports, exports and merge given to the built-in roles
// of a database created before them, as lib/org/builtin-roles.ts gives them to a new one. Roles an administrator
// created keep exactly what they were given.
import { MigrationInterface, QueryRunner } from 'typeorm';

const ADDED: Record<string, string[]> = {
  DEPT_MANAGER: ['customer:merge', 'contact:import', 'contact:export', 'lead:import', 'contract:export', 'receivable:export', 'opportunity:export', 'followup:export'],
  SALES: ['customer:import', 'contact:import', 'contact:export', 'lead:import', 'opportunity:export', 'followup:export'],
  FINANCE: ['contract:export', 'receivable:export'],
};

export class DataIoPermissions1796611000100 implements MigrationInterface {
  name = 'DataIoPermissions1796611000100';

  async up(runner: QueryRunner) {
    for (const [code, added] of Object.entries(ADDED)) {
      const rows: { id: number; permissions: string | null }[] = await runner.query('SELECT id, permissions FROM role WHERE code = ? AND builtin = ?', [code, true]);
      for (const row of rows) {
        let current: unknown;
        try { current = JSON.parse(row.permissions ?? '[]'); } catch { continue; }
        if (!Array.isArray(current)) continue;
        const next = [...current, ...added.filter((p) => !current.includes(p))];
        if (next.length !== current.length) await runner.query('UPDATE role SET permissions = ? WHERE id = ?', [JSON.stringify(next), row.id]);
      }
    }
  }

  async down(runner: QueryRunner) {
    for (const [code, added] of Object.entries(ADDED)) {
      const rows: { id: number; permissions: string | null }[] = await runner.query('SELECT id, permissions FROM role WHERE code = ?', [code]);
      for (const row of rows) {
        const current: unknown = JSON.parse(row.permissions ?? '[]');
        if (Array.isArray(current)) await runner.query('UPDATE role SET permissions = ? WHERE id = ?', [JSON.stringify(current.filter((p) => !added.includes(p))), row.id]);
      }
    }
  }
}
