'use client';
// A contract page action (delete a plan, a receivable, the contract): its success text, or the refusal in the
// user's words (contractErrorMessage). Resolves true when the action went through.
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { contractErrorMessage } from './contract-labels';

export function useContractAction() {
  const { t } = useI18n();
  const { message } = App.useApp();
  return async (work: () => Promise<unknown>, done?: string): Promise<boolean> => {
    try {
      await work();
      if (done) message.success(done);
      return true;
    } catch (e) {
      message.error(contractErrorMessage(t, e));
      return false;
    }
  };
}
