'use client';
// What a search-as-you-type picker sends: the typed text, trimmed, once the user pauses (250 ms), so each keystroke
// does not become a request.
import { useEffect, useState } from 'react';

/** `[keyword, onSearch]`: give `onSearch` to the Select's `showSearch`, query with `keyword`. */
export function useSearchKeyword(delayMs = 250): [string, (typed: string) => void] {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setKeyword(typed.trim()), delayMs);
    return () => clearTimeout(timer);
  }, [typed, delayMs]);
  return [keyword, setTyped];
}
