// Measures that are not a GraphQL query, run on the largest database after the cases: the streamed exports and the
// import. BENCH_EXPORT=0 / BENCH_IMPORT=0 leave one out.
import { CaseContext } from './http/case';
import { Server } from './http/server';
import { measureExports } from './measures/export';
import { measureImport } from './measures/import';
import { ExtraResult } from './measures/measure';

export type { ExtraResult };
export type ExtraMeasure = (ctx: CaseContext, server: Server) => Promise<ExtraResult[]>;

export const EXTRA_MEASURES: ExtraMeasure[] = [
  ...(process.env.BENCH_EXPORT !== '0' ? [measureExports] : []),
  ...(process.env.BENCH_IMPORT !== '0' ? [measureImport] : []),
];
