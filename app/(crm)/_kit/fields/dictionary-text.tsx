'use client';
// A stored dictionary code shown as its option's name (or province / city path); the code itself for older data.
import { type DictionaryKind, useDictionaryLabel } from '@/app/_lib/dictionaries';

export function DictionaryText({ kind, code }: { kind: DictionaryKind; code: string | null | undefined }) {
  const label = useDictionaryLabel();
  return <>{label(kind, code) ?? ''}</>;
}
