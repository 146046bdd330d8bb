// The exports the download route can stream, by module. A module registers its ExportSpec here (one line) and
// gets the signed-link download for free; the GraphQL side decides who may ask for a link.
import { leadExport } from '@/lib/lead/lead-export.service';
import type { ExportSpec } from './export';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = ExportSpec<any, any, any>;

const SPECS: AnySpec[] = [leadExport];

export const exportSpec = (module: string): AnySpec | undefined => SPECS.find((s) => s.module === module);
