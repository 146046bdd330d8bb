'use client';
// The body of a list page outside the record kit (follow-ups, reports, tasks): its load error, then the card that
// holds the table on wide screens or the phone cards, tighter on phones.
import type { ReactNode } from 'react';
import { Card, Grid, Typography } from 'antd';
import { errorMessage } from '@/app/_lib/errors';
import { useI18n } from '@/app/_lib/i18n/context';

export function ListCard({ error, padding = [12, 4], children }: { error: unknown; padding?: [desktop: number, phone: number]; children: ReactNode }) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <>
      {!!error && <Typography.Text type="danger" role="alert">{errorMessage(t, error)}</Typography.Text>}
      <Card size="small" styles={{ body: { padding: screens.md ? padding[0] : padding[1] } }}>{children}</Card>
    </>
  );
}
