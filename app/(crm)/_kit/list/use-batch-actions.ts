'use client';
// Runs a mutation over selected records (delete, restore, lock…) with a confirmation where it matters, one toast for
// the outcome, and a callback to refresh the page.
import { App } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { testId } from '@/app/_lib/labels';
import type { TypedDocumentString } from '@/app/_lib/gql/graphql';

export type IdsMutation = TypedDocumentString<unknown, { ids: string[] }>;
/** Modules whose records a batch bar moves to the recycle bin (each has deleteConfirm, deleteHint and deleted texts). */
export type DeletableModule = 'customer' | 'lead' | 'opportunity' | 'product';

export function useBatchActions<A extends string>(onDone: (action: A, ids: string[]) => void, errorText?: (error: unknown) => string) {
  const { t } = useI18n();
  const { modal, message } = App.useApp();

  async function run(action: A, mutation: IdsMutation, ids: string[], doneText: string) {
    try {
      await gql(mutation, { ids });
      message.success(doneText);
      onDone(action, ids);
    } catch (e) {
      message.error(errorText?.(e) ?? errorMessage(t, e));
    }
  }

  const confirm = (options: { title: string; content?: string; okText: string; danger?: boolean }, then: () => Promise<void>) => modal.confirm({
    title: options.title, content: options.content, okText: options.okText, okType: options.danger ? 'danger' : undefined,
    cancelText: t('action.cancel'), okButtonProps: testId('confirm-ok'), onOk: then,
  });

  /** Moves records to the recycle bin after the module's own confirmation, reported in the module's words. */
  const confirmDelete = (module: DeletableModule, mutation: IdsMutation, ids: string[]) => confirm(
    { title: t(`${module}.deleteConfirm`, { count: ids.length }), content: t(`${module}.deleteHint`), okText: t('action.delete'), danger: true },
    () => run('delete' as A, mutation, ids, t(`${module}.deleted`, { count: ids.length })),
  );

  return { run, confirm, confirmDelete };
}
