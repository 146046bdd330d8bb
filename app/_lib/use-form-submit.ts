'use client';
// Submitting a form to the API (the record kit's drawers and modals, contract dialogs, the password form): busy
// flag, server field errors placed on their fields, the rest as one message.
import { useState } from 'react';
import type { FormInstance } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { formErrorsOf } from '@/app/_lib/errors';

export function useFormSubmit<V>(form: FormInstance<V>, known: readonly string[], translate?: (error: unknown) => string | null) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(work: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      const { fields, message } = formErrorsOf(t, e, known);
      form.setFields(fields.map((f) => ({ name: f.name as never, errors: f.errors })));
      if (fields.length) form.scrollToField(fields[0].name as never);
      // Everything placed on its field: no alert; otherwise the module's reading of the error, or the usual one.
      setError(message === null ? null : translate?.(e) ?? message);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, setError, submit };
}
