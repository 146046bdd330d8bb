'use client';
// One immediate change from a settings page (a switch, a move, a disable): busy while it runs, a success message,
// then a reload; a refused change shows the server's field message, translated. `change` resolves to whether it went
// through.
import { useState } from 'react';
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage, formErrorsOf } from '@/app/_lib/errors';

export function useChange(reload: () => Promise<unknown>) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function change(run: () => Promise<unknown>, done?: string): Promise<boolean> {
    setBusy(true);
    try {
      await run();
      if (done) message.success(done);
      await reload();
      return true;
    } catch (e) {
      message.error(formErrorsOf(t, e, []).message ?? errorMessage(t, e));
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { busy, change };
}
