// Small pure helpers of the sign-in flow.
import type { MessageKey } from './i18n/catalog';

// The last two are failed password changes, which the login log lists beside sign-ins.
const LOGIN_ERRORS = ['BAD_CREDENTIALS', 'DISABLED', 'THROTTLED', 'PASSWORD_CHANGE_REFUSED', 'PASSWORD_CHANGE_THROTTLED'] as const;

/** The message key for next-auth's `error` (the reason code thrown by `authorize`). */
export function loginErrorKey(error: string | null | undefined): MessageKey {
  return (LOGIN_ERRORS as readonly string[]).includes(error ?? '') ? (`login.error.${error}` as MessageKey) : 'login.error.unknown';
}

/** Only same-site paths are followed after sign-in (never another origin, never back to /login). */
export function safeCallbackUrl(value: string | null | undefined, fallback = '/customers'): string {
  if (!value) return fallback;
  let path = value;
  try {
    const url = new URL(value, 'http://local.invalid');
    if (url.origin !== 'http://local.invalid' && typeof window !== 'undefined' && url.origin !== window.location.origin) return fallback;
    path = url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/login') || path.startsWith('/api/')) return fallback;
  return path;
}
