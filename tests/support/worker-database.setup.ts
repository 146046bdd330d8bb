// Runs before every test file: points DATABASE_URL at this worker's own database (see global-setup.ts).
import { workerDatabaseUrl } from './worker-database-url';

process.env.DATABASE_URL = workerDatabaseUrl(process.env.DATABASE_URL, process.env.JEST_WORKER_ID ?? '1') ?? '';
if (!process.env.DATABASE_URL) delete process.env.DATABASE_URL;
