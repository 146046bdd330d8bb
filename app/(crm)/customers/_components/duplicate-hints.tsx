'use client';
// 查重 while the name (or a number) is typed in the customer form: after a pause the company-wide duplicate search runs
// and lists who already has a similar customer — code, name, owner, nothing more — with 申请归属 for a colleague's.
import { useEffect, useState } from 'react';
import { Alert, App, Button, Space, Tag, Typography } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql } from '@/app/_lib/graphql';
import { DUPLICATE_CUSTOMERS, type DuplicateHit } from '@/app/_lib/api/dataio';
import { OwnershipRequestModal } from './ownership-request-modal';

export interface DuplicateProbe { name?: string | null; mobile?: string | null; phone?: string | null; email?: string | null }

/** Typing pauses this long before a search; each keystroke before that cancels the previous one. */
const PAUSE_MS = 400;
const MIN_NAME_CHARS = 2;
const SHOWN = 5;

function inputOf(probe: DuplicateProbe) {
  const name = probe.name?.trim() ?? '';
  const phone = (probe.mobile || probe.phone)?.trim() ?? '';
  const email = probe.email?.trim() ?? '';
  const input = {
    ...(name.length >= MIN_NAME_CHARS ? { name } : {}),
    ...(phone.length >= 7 ? { phone } : {}),
    ...(email.includes('@') ? { email } : {}),
  };
  return Object.keys(input).length ? input : null;
}

/** The hits for the typed values, after a pause; `exceptCode` leaves out the customer being edited. */
export function useDuplicateHits(probe: DuplicateProbe, exceptCode?: string): DuplicateHit[] {
  const [hits, setHits] = useState<DuplicateHit[]>([]);
  const key = JSON.stringify(inputOf(probe));
  useEffect(() => {
    const input = JSON.parse(key) as ReturnType<typeof inputOf>;
    if (!input) { setHits([]); return; }
    let live = true;
    const timer = setTimeout(() => {
      gql(DUPLICATE_CUSTOMERS, { input })
        .then(({ duplicateCustomers }) => { if (live) setHits(duplicateCustomers.filter((h) => h.code !== exceptCode)); })
        // A failed hint is no reason to interrupt typing: the server still refuses a true duplicate on save.
        .catch(() => { if (live) setHits([]); });
    }, PAUSE_MS);
    return () => { live = false; clearTimeout(timer); };
  }, [key, exceptCode]);
  return hits;
}

export function DuplicateHints({ hits }: { hits: DuplicateHit[] }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [asking, setAsking] = useState<DuplicateHit | null>(null);
  const [asked, setAsked] = useState<string[]>([]);
  if (!hits.length) return null;
  return (
    <>
      <Alert
        type="warning" showIcon style={{ marginTop: 8 }} data-testid="customer-form-duplicates"
        title={t('dup.typingTitle', { count: hits.length })}
        description={(
          <Space orientation="vertical" size={2} style={{ width: '100%' }}>
            {hits.slice(0, SHOWN).map((h) => (
              <Space key={h.code} size={6} wrap data-testid={`customer-form-duplicate-${h.code}`}>
                <Typography.Text>{h.code} {h.name}</Typography.Text>
                <Typography.Text type="secondary">{h.ownerName ? t('dup.ownedBy', { owner: h.ownerName }) : t('dup.pool')}</Typography.Text>
                {h.matchedBy.map((m) => <Tag key={m}>{t(`dup.match.${m}` as MessageKey)}</Tag>)}
                {h.viewerIsOwner ? <Tag color="green">{t('dup.mine')}</Tag>
                  : h.ownerName && !asked.includes(h.code) ? <Button size="small" type="link" onClick={() => setAsking(h)}>{t('own.request')}</Button> : null}
              </Space>
            ))}
          </Space>
        )}
      />
      <OwnershipRequestModal hit={asking} onClose={() => setAsking(null)} onDone={() => { setAsked((a) => [...a, asking!.code]); setAsking(null); message.success(t('own.submitted')); }} />
    </>
  );
}
