// Translated labels for the activity UI: methods, kinds, record types, and the server's follow-up field messages.
import { hasMessage, type MessageKey, type Translate } from '@/app/_lib/i18n/catalog';
import { translateServerMessage } from '@/app/_lib/errors';

export const kindLabel = (t: Translate, kind: string) =>
  hasMessage(`activity.kind.${kind}`) ? t(`activity.kind.${kind}` as MessageKey) : kind;

export const recordTypeLabel = (t: Translate, type: string) =>
  hasMessage(`followup.parentType.${type}`) ? t(`followup.parentType.${type}` as MessageKey) : type;

const KIND_COLORS: Record<string, string> = { FOLLOW_UP: 'blue', COMMENT: 'red', AUDIT: 'gray', TASK: 'green', SCHEDULE: 'cyan', APPROVAL: 'purple' };
export const kindColor = (kind: string) => KIND_COLORS[kind] ?? 'gray';

export function formatBytes(size: number) {
  if (size < 1024) return `${size} B`;
  if (size < 1024 * 1024) return `${(size / 1024).toFixed(1)} KB`;
  return `${(size / 1024 / 1024).toFixed(1)} MB`;
}

/** The follow-up and upload messages of the server, translated; others go to the shared translator. */
export function activityServerMessage(t: Translate, message: string): string {
  if (/^must not be in the future/.test(message)) return t('server.notFuture');
  if (/^must be after the time of the contact/.test(message)) return t('server.afterContact');
  const size = /^must be at most (\d+) bytes/.exec(message);
  if (size) return t('server.fileTooBig', { size: formatBytes(Number(size[1])) });
  const types = /^must be one of these types: (.*)$/.exec(message);
  if (types) return t('server.fileType', { types: types[1] });
  if (/^contains an attachment you cannot use/.test(message)) return t('server.attachmentUnusable');
  return translateServerMessage(t, message);
}
