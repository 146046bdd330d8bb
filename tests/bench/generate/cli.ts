// `node -r ./scripts/register.js tests/bench/generate/cli.ts [customers] [database-url]`: builds or reuses one
// bench database without running the HTTP bench (default: 1 000 000 customers in crm_bench).
import { ensureDataset } from './dataset';

async function main() {
  const customers = Number(process.argv[2] ?? 1_000_000);
  const url = process.argv[3] ?? process.env.DATABASE_URL ?? 'mysql://root@127.0.0.1:3306/crm_bench';
  const dataset = await ensureDataset(url, customers);
  console.table(Object.entries(dataset.viewers).map(([role, v]) => ({ role, ...v, token: dataset.tokens[role as keyof typeof dataset.tokens] })));
}

main().catch((error) => { console.error(error); process.exit(1); });
