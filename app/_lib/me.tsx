'use client';
// The signed-in user as the API describes them (`me`): drives menus and buttons across the UI.
import { createContext, useContext } from 'react';

export interface MeUser {
  id: string;
  username: string;
  name: string;
  departmentId: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  status: string;
}

export interface Me {
  permissions: string[];
  readableModules: string[];
  mustChangePassword: boolean;
  /** Holds the super administrator role: backups are theirs alone. */
  superAdmin?: boolean;
  /** Supervises someone besides themselves (a leader): 员工监督 is for them. */
  supervisesOthers?: boolean;
  user: MeUser;
}

export const ME_QUERY = /* GraphQL */ `
  query Me {
    me { permissions readableModules mustChangePassword superAdmin supervisesOthers user { id username name departmentId phone email address status } }
  }
`;

export const can = (me: Pick<Me, 'permissions'> | null | undefined, code: string) => !!me?.permissions.includes(code);
export const canRead = (me: Pick<Me, 'readableModules'> | null | undefined, module: string) => !!me?.readableModules.includes(module);

const MeContext = createContext<{ me: Me; refresh: () => Promise<unknown> } | null>(null);
export const MeProvider = MeContext.Provider;

export function useMe() {
  const value = useContext(MeContext);
  if (!value) throw new Error('useMe outside the signed-in shell');
  return value;
}
