'use client';
// Switches between the opportunity list and the pipeline board.
import Link from 'next/link';
import { Segmented } from 'antd';
import { AppstoreOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';

export function OpportunityViews({ current }: { current: 'list' | 'board' }) {
  const { t } = useI18n();
  return (
    <Segmented
      value={current}
      data-testid="opportunity-views"
      options={[
        { value: 'list', label: <Link href="/opportunities" data-testid="opportunity-view-list"><UnorderedListOutlined /> {t('opportunity.view.list')}</Link> },
        { value: 'board', label: <Link href="/opportunities/board" data-testid="opportunity-view-board"><AppstoreOutlined /> {t('opportunity.view.board')}</Link> },
      ]}
    />
  );
}
