// Data migration (issue 13): the dictionaries' starting options, then every free-text value records already hold
// (customer industry / source / region, lead source, opportunity intent, payment methods, follow-up method) becomes
// an option whose code IS that text — so no record row is rewritten (cheap at 1M customers) and each keeps reading
// as it did. The new administrator permissions go to the built-in system administrator of an existing database.
import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_OPTIONS } from '@/lib/dictionary/defaults';

/** Record columns holding dictionary values, frozen as they were when this migration was written. */
const COLUMNS: [kind: string, table: string, column: string][] = [
  ['customer_source', 'customer', 'source'], ['customer_source', 'lead', 'source'], ['industry', 'customer', 'industry'],
  ['region', 'customer', 'region'], ['followup_method', 'follow_up', 'method'], ['opportunity_intent', 'opportunity', 'intent_category'],
  ['payment_method', 'payment_plan', 'method'], ['payment_method', 'receivable', 'method'],
];
const PERMISSIONS = ['system:dictionary', 'system:customField', 'system:numbering'];
const NAME_MAX = 50;

export class DictionaryData1796612993860 implements MigrationInterface {
  name = 'DictionaryData1796612993860';

  async up(runner: QueryRunner) {
    const q = (name: string) => runner.connection.driver.escape(name);
    const insert = async (kind: string, code: string, name: string, parentId: number, sortOrder: number) => {
      await runner.query(`INSERT INTO ${q('dictionary_option')} (${q('kind')}, ${q('code')}, ${q('name')}, ${q('parent_id')}, ${q('sort_order')}, ${q('enabled')}) VALUES (?, ?, ?, ?, ?, ?)`,
        [kind, code, name, parentId, sortOrder, true]);
      const [row] = await runner.query(`SELECT ${q('id')} AS id FROM ${q('dictionary_option')} WHERE ${q('kind')} = ? AND ${q('code')} = ?`, [kind, code]);
      return Number(row.id);
    };
    for (const [kind, options] of Object.entries(DEFAULT_OPTIONS)) {
      for (const [i, option] of options.entries()) {
        const id = await insert(kind, option.code ?? option.name, option.name, 0, i + 1);
        for (const [j, child] of (option.children ?? []).entries()) await insert(kind, `${option.name}/${child}`, child, id, j + 1);
      }
    }
    for (const [kind, table, column] of COLUMNS) {
      const values: { v: string }[] = await runner.query(`SELECT DISTINCT ${q(column)} AS v FROM ${q(table)} WHERE ${q(column)} IS NOT NULL AND ${q(column)} <> ''`);
      for (const { v } of values) {
        const value = String(v);
        const [known] = await runner.query(`SELECT ${q('id')} AS id FROM ${q('dictionary_option')} WHERE ${q('kind')} = ? AND (${q('code')} = ? OR (${q('parent_id')} = 0 AND ${q('name')} = ?))`,
          [kind, value, value.slice(0, NAME_MAX)]);
        if (known) continue;
        const [last] = await runner.query(`SELECT MAX(${q('sort_order')}) AS m FROM ${q('dictionary_option')} WHERE ${q('kind')} = ? AND ${q('parent_id')} = 0`, [kind]);
        await insert(kind, value, value.replace(/\//g, '／').slice(0, NAME_MAX), 0, Number(last?.m ?? 0) + 1);
      }
    }
    const roles: { id: number; permissions: string | null }[] = await runner.query(`SELECT ${q('id')} AS id, ${q('permissions')} AS permissions FROM ${q('role')} WHERE ${q('code')} = ? AND ${q('builtin')} = ?`, ['SYSTEM_ADMIN', true]);
    for (const role of roles) {
      let current: unknown;
      try { current = JSON.parse(role.permissions ?? '[]'); } catch { continue; }
      if (!Array.isArray(current)) continue;
      const next = [...current, ...PERMISSIONS.filter((p) => !current.includes(p))];
      if (next.length !== current.length) await runner.query(`UPDATE ${q('role')} SET ${q('permissions')} = ? WHERE ${q('id')} = ?`, [JSON.stringify(next), role.id]);
    }
  }

  async down(runner: QueryRunner) {
    await runner.query('DELETE FROM dictionary_option');
    const roles: { id: number; permissions: string | null }[] = await runner.query('SELECT id, permissions FROM role WHERE code = ?', ['SYSTEM_ADMIN']);
    for (const role of roles) {
      const current: unknown = JSON.parse(role.permissions ?? '[]');
      if (Array.isArray(current)) await runner.query('UPDATE role SET permissions = ? WHERE id = ?', [JSON.stringify(current.filter((p) => !PERMISSIONS.includes(p))), role.id]);
    }
  }
}
