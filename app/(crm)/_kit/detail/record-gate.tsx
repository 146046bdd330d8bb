'use client';
// Waits for a record: a skeleton while it loads, the error in words, "not found" (also for records outside the
// viewer's scope, which the API answers as null), else the page. `RecordPage` also loads it by id.
import Link from 'next/link';
import { Button, Card, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { type Document, useQuery } from '@/app/_lib/graphql';

interface Props<D, T> {
  result: { data?: D; error?: unknown; isLoading: boolean };
  pick: (data: D) => T | null | undefined;
  backHref: string;
  notFound?: string;
  errorText?: (error: unknown) => string;
  children: (record: T) => React.ReactNode;
}

export function RecordGate<D, T>({ result, pick, backHref, notFound, errorText, children }: Props<D, T>) {
  const { t } = useI18n();
  const back = <Link href={backHref}><Button icon={<ArrowLeftOutlined />}>{t('action.back')}</Button></Link>;
  if (result.error && !result.data) return <Result status="error" title={(errorText ?? ((e) => errorMessage(t, e)))(result.error)} extra={back} />;
  if (!result.data) return <Card data-testid="record-skeleton"><Skeleton active paragraph={{ rows: 6 }} /></Card>;
  const record = pick(result.data);
  if (!record) return <Result status="404" title={notFound ?? t('kit.detail.notFound')} extra={back} />;
  return <>{children(record)}</>;
}

type PageProps<D, T> = Omit<Props<D, T>, 'result' | 'children'> & {
  /** The record's detail query, taking its id. */
  document: Document<D, { id: string }>;
  id: string;
  children: (record: T, refresh: () => void) => React.ReactNode;
};

/** A record's detail page: loads it by id, gates it as above, and hands the page the record and a reload. */
export function RecordPage<D, T>({ document, id, children, ...gate }: PageProps<D, T>) {
  const result = useQuery(document, { id });
  return <RecordGate result={result} {...gate}>{(record) => children(record, () => void result.mutate())}</RecordGate>;
}
