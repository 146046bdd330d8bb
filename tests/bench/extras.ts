// Measures that are not a GraphQL query (the streamed export): each returns printed rows with their own target.
import { CaseContext } from './http/case';
import { Server } from './http/server';

export interface ExtraResult { name: string; value: string; target: string; ok: boolean }
export type ExtraMeasure = (ctx: CaseContext, server: Server) => Promise<ExtraResult[]>;

export const EXTRA_MEASURES: ExtraMeasure[] = [];
