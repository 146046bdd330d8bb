'use client';
// The follow-up page: back to the list, then the follow-up with its comments.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Button, Card, Space } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { FollowUpDetail } from '../../_components/activity/follow-up-detail';

export function FollowUpPageView({ id }: { id: string }) {
  const { t } = useI18n();
  const router = useRouter();
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Link href="/followups"><Button icon={<ArrowLeftOutlined />}>{t('action.back')}</Button></Link>
      <Card size="small">
        <FollowUpDetail id={id} onDeleted={() => router.push('/followups')} />
      </Card>
    </Space>
  );
}
