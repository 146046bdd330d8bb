'use client';
// Per-user list preferences kept in the browser: hidden columns and saved views (场景), by module.
import { useCallback, useEffect, useState } from 'react';

const key = (kind: string, userId: string, module: string) => `crm:list:${kind}:${userId}:${module}`;

function read<T>(storageKey: string, fallback: T): T {
  try {
    const text = window.localStorage.getItem(storageKey);
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
}

/** A JSON value in localStorage for this user and module; read after mount so server and client render alike. */
export function useStoredState<T>(kind: string, userId: string, module: string, fallback: T) {
  const storageKey = key(kind, userId, module);
  const [value, setValue] = useState<T>(fallback);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the fallback is a constant of the caller
  useEffect(() => { setValue(read(storageKey, fallback)); }, [storageKey]);
  const update = useCallback((next: T) => {
    setValue(next);
    try { window.localStorage.setItem(storageKey, JSON.stringify(next)); } catch { /* storage full or blocked: keep it for this visit */ }
  }, [storageKey]);
  return [value, update] as const;
}
