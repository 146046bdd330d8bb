// What the UI needs to know per importable record type: the permission that shows the import, the one that lets
// duplicates be updated, and whether records have an owner (then the owner choice applies) — as lib/import decides.
import type { ImportModule } from '@/app/_lib/api/imports';

export interface ImportSpec { permission: string; updatePermission: string; ownerModule: string | null }

export const IMPORT_SPECS: Record<ImportModule, ImportSpec> = {
  CUSTOMER: { permission: 'customer:import', updatePermission: 'customer:update', ownerModule: 'customer' },
  CONTACT: { permission: 'contact:import', updatePermission: 'contact:update', ownerModule: null },
  LEAD: { permission: 'lead:import', updatePermission: 'lead:update', ownerModule: 'lead' },
  PRODUCT: { permission: 'product:manage', updatePermission: 'product:manage', ownerModule: null },
};
