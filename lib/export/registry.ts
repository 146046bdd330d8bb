// The exports the download route can stream, by module. A module registers its ExportSpec here (one line) and
// gets the signed-link download for free; the GraphQL side decides who may ask for a link.
import { leadExport } from '@/lib/lead/lead-export.service';
import { customerExport } from '@/lib/customer/customer-export';
import { contactExport } from '@/lib/contact/contact-export';
import { opportunityExport } from '@/lib/opportunity/opportunity-export';
import { contractExport } from '@/lib/contract/contract-export';
import { receivableExport } from '@/lib/receivable/receivable-export';
import { followUpExport } from '@/lib/followup/followup-export';
import type { ExportSpec } from './export';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnySpec = ExportSpec<any, any, any>;

const SPECS: AnySpec[] = [leadExport, customerExport, contactExport, opportunityExport, contractExport, receivableExport, followUpExport];

export const exportSpec = (module: string): AnySpec | undefined => SPECS.find((s) => s.module === module);
