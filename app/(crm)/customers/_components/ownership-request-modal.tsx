'use client';
// 申请归属: asks the leaders for a colleague's customer found through 查重, with a reason and what should come with it.
import { useMemo } from 'react';
import { useI18n } from '@/app/_lib/i18n/context';
import { gql } from '@/app/_lib/graphql';
import { REQUEST_OWNERSHIP, type DuplicateHit } from '@/app/_lib/api/dataio';
import { maxLength, required } from '../../_kit/fields/rules';
import type { FormSection } from '../../_kit/form/form-fields';
import { FormModal } from '../../_kit/form/form-modal';

interface Values { reason: string; withContacts: boolean; withOpportunities: boolean; withContracts: boolean }
interface Props { hit: DuplicateHit | null; onClose: () => void; onDone: () => void }

export function OwnershipRequestModal({ hit, onClose, onDone }: Props) {
  const { t } = useI18n();
  const sections = useMemo<FormSection[]>(() => [{
    fields: [
      { name: 'reason', label: t('own.reason'), kind: 'textarea', span: 24, rows: 3, maxLength: 500, placeholder: t('own.reasonPlaceholder'), rules: [required(t, t('own.reason')), maxLength(t, 500)] },
      { name: 'withContacts', label: t('own.withContacts'), kind: 'switch', span: 8 },
      { name: 'withOpportunities', label: t('own.withOpportunities'), kind: 'switch', span: 8 },
      { name: 'withContracts', label: t('own.withContracts'), kind: 'switch', span: 8 },
    ],
  }], [t]);
  return (
    <FormModal<Values>
      module="ownership"
      testId="ownership-form"
      open={!!hit}
      title={hit ? t('own.title', { code: hit.code, name: hit.name }) : ''}
      okText={t('own.submit')}
      hint={hit ? t('own.explain', { owner: hit.ownerName ?? '' }) : null}
      sections={sections}
      initialValues={{ withContacts: true, withOpportunities: false, withContracts: false }}
      recordId={hit?.code}
      onClose={onClose}
      onSubmit={async (values) => {
        await gql(REQUEST_OWNERSHIP, { input: { customerCode: hit!.code, ...values, reason: values.reason.trim() } });
        onDone();
      }}
    />
  );
}
