'use client';
// The signed-in user as the API describes them (`me`): drives menus and buttons across the UI. Types generated from the
// schema (`npm run codegen`).
import { createContext, useContext } from 'react';
import { graphql } from './gql';
import type { MeQuery } from './gql/graphql';

export type Me = MeQuery['me'];
export type MeUser = Me['user'];

export const ME_QUERY = graphql(`
  query Me {
    me { permissions readableModules mustChangePassword superAdmin supervisesOthers user { id username name departmentId phone email address status } }
  }
`);

export const can = (me: Pick<Me, 'permissions'> | null | undefined, code: string) => !!me?.permissions.includes(code);
export const canRead = (me: Pick<Me, 'readableModules'> | null | undefined, module: string) => !!me?.readableModules.includes(module);

const MeContext = createContext<{ me: Me; refresh: () => Promise<unknown> } | null>(null);
export const MeProvider = MeContext.Provider;

export function useMe() {
  const value = useContext(MeContext);
  if (!value) throw new Error('useMe outside the signed-in shell');
  return value;
}
