// Turns API errors of the schedule, task and report forms into field errors and a message, in the user's language.
import type { FormInstance } from 'antd';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { GraphQLRequestError } from '@/app/_lib/graphql';
import { errorMessage, translateServerMessage } from '@/app/_lib/errors';

const MESSAGES: [RegExp, Parameters<Translate>[0]][] = [
  [/^must be after the start/, 'work.server.afterStart'],
  [/^is outside your data scope/, 'work.server.outsideScope'],
  [/^must be (active users|an active user)/, 'work.server.activeUsers'],
  [/^choose at least one recipient/, 'work.server.oneRecipient'],
];

export function workServerMessage(t: Translate, message: string): string {
  for (const [pattern, key] of MESSAGES) if (pattern.test(message)) return t(key);
  return translateServerMessage(t, message);
}

/** Places field errors on the form's known fields; returns the message for the rest (null when all placed). */
export function showFormErrors(t: Translate, form: FormInstance, error: unknown, known: readonly string[]): string | null {
  if (error instanceof GraphQLRequestError && error.code === 'BAD_USER_INPUT' && error.fields.length) {
    const placed = error.fields.filter((f) => known.includes(f.field));
    form.setFields(placed.map((f) => ({ name: f.field, errors: [workServerMessage(t, f.message)] })));
    const rest = error.fields.filter((f) => !known.includes(f.field));
    return rest.length ? rest.map((f) => `${f.field}: ${workServerMessage(t, f.message)}`).join('; ') : null;
  }
  return errorMessage(t, error);
}
