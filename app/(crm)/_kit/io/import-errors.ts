// Readable messages for what the import refuses: a refused upload (400 with `reason`), and the API's BAD_USER_INPUT and
// CONFLICT answers of the wizard's steps (missing required columns, a 负责人 outside the scope, too many imports…).
import { GraphQLRequestError, type FieldError } from '@/app/_lib/graphql';
import { errorMessage, translateServerMessage } from '@/app/_lib/errors';
import { type MessageKey, type Translate, hasMessage } from '@/app/_lib/i18n/catalog';

/** POST /api/imports answered with an error. */
export class UploadError extends Error {
  constructor(readonly code: string, message: string, readonly reason: string | null, readonly fields: FieldError[]) {
    super(message);
  }
}

/** Uploads the file; answers the new import's id. */
export async function uploadImportFile(module: string, file: File): Promise<string> {
  const form = new FormData();
  form.set('module', module);
  form.set('file', file);
  let res: Response;
  try {
    res = await fetch('/api/imports', { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new UploadError('NETWORK', 'Network error', null, []);
  }
  const body = await res.json().catch(() => null) as { import?: { id: string }; error?: { code: string; message: string; reason?: string; fields?: FieldError[] } } | null;
  if (res.status === 201 && body?.import) return body.import.id;
  const error = body?.error;
  throw new UploadError(error?.code ?? (res.status === 413 ? 'BAD_USER_INPUT' : 'UNKNOWN'), error?.message ?? `HTTP ${res.status}`, error?.reason ?? (res.status === 413 ? 'TOO_LARGE' : null), error?.fields ?? []);
}

/** The server's plain-English field messages of the import, in the user's words. */
const IMPORT_MESSAGES: [RegExp, MessageKey][] = [
  [/needs a 负责人 column/, 'io.import.err.ownerColumn'],
  [/^a field may be taken from one column only/, 'io.import.err.twice'],
  [/^must give one entry per column/, 'io.import.err.columns'],
  [/^unknown fields/, 'io.import.err.unknownField'],
  [/^is not an importable record type/, 'io.import.err.module'],
  [/^is missing or unreadable|^must be sent as multipart/, 'io.import.file.BROKEN'],
];

function fieldText(t: Translate, field: FieldError): string {
  const known = IMPORT_MESSAGES.find(([pattern]) => pattern.test(field.message));
  const text = known ? t(known[1]) : translateServerMessage(t, field.message);
  const label = `io.import.field.${field.field}`;
  return hasMessage(label) ? t('io.import.fieldMessage', { field: t(label), message: text }) : text;
}

export function importErrorText(t: Translate, error: unknown): string {
  const reason = error instanceof UploadError ? error.reason : error instanceof GraphQLRequestError ? error.extensions.reason as string | undefined : undefined;
  if (reason === 'MISSING_COLUMNS' && error instanceof GraphQLRequestError) {
    return t('io.import.err.missing', { columns: (error.extensions.missing as string[] | undefined ?? []).join('、') });
  }
  if (reason && hasMessage(`io.import.file.${reason}`)) return t(`io.import.file.${reason}` as MessageKey);
  if (reason && hasMessage(`io.import.reason.${reason}`)) return t(`io.import.reason.${reason}` as MessageKey);
  if (error instanceof UploadError) {
    if (error.fields.length) return error.fields.map((f) => fieldText(t, f)).join(t('io.import.separator'));
    return hasMessage(`error.${error.code}`) ? t(`error.${error.code}` as MessageKey) : t('io.import.uploadFailed');
  }
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.fields.length) return error.fields.map((f) => fieldText(t, f)).join(t('io.import.separator'));
  return errorMessage(t, error);
}
