'use client';
// The opportunity page: header with category and permitted actions, the stage bar, fields, product lines,
// deal details, progress records, the activity timeline and the history.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card, Col, Flex, Result, Row, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, BranchesOutlined, DeleteOutlined, EditOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { can, useMe } from '@/app/_lib/me';
import { OPPORTUNITY_QUERY, STAGES_QUERY, type OpportunityDetail, type Stage } from '@/app/_lib/api/opportunities';
import { ActivityPanel } from '../../../_components/activity/activity-panel';
import { CategoryTag } from '../../_components/opportunity-labels';
import { OpportunityFormDrawer } from '../../_components/opportunity-form-drawer';
import { OpportunityTransferModal } from '../../_components/opportunity-transfer-modal';
import { CategoryModal } from '../../_components/category-modal';
import { useOpportunityActions } from '../../_components/use-opportunity-actions';
import { StageBar } from './stage-bar';
import { ProgressCard } from './progress-card';
import { OpportunityDetails, OpportunityFields, OpportunityHistory, OpportunityProducts } from './opportunity-info';

export function OpportunityDetailView({ id }: { id: string }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [transferring, setTransferring] = useState(false);
  const [categorizing, setCategorizing] = useState(false);
  const { data, error, isLoading, mutate } = useQuery<{ opportunity: OpportunityDetail | null }>(OPPORTUNITY_QUERY, { id });
  const { data: stageData } = useQuery<{ opportunityStages: Stage[] }>(STAGES_QUERY);
  const refresh = () => void mutate();
  const actions = useOpportunityActions((action) => (action === 'delete' ? router.push('/opportunities') : refresh()));

  const back = <Link href="/opportunities"><Button icon={<ArrowLeftOutlined />}>{t('action.back')}</Button></Link>;
  if (error) return <Result status="error" title={errorMessage(t, error)} extra={back} />;
  if (isLoading || !data) return <Card><Skeleton active /></Card>;
  const o = data.opportunity;
  if (!o) return <Result status="404" title={t('opportunity.notFound')} extra={back} />;
  const stages = stageData?.opportunityStages ?? [];
  const deleted = !!o.deletedAt;
  const mayEdit = !deleted && o.viewerCanEdit && can(me, 'opportunity:update');
  const manage = o.viewerCanManage;

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }} data-testid="opportunity-detail">
      <Card size="small">
        <Flex justify="space-between" align="flex-start" gap={12} wrap>
          <div style={{ minWidth: 0, flex: '1 1 280px' }}>
            <Typography.Title level={4} style={{ margin: 0, wordBreak: 'break-all' }} data-testid="opportunity-name">{o.name}</Typography.Title>
            <Space size={[6, 4]} wrap style={{ marginTop: 8 }}>
              <CategoryTag t={t} category={o.category} />
              {o.customer && <Link href={`/customers/${o.customer.id}`}>{o.customer.name}</Link>}
            </Space>
          </div>
          <Space wrap>
            {mayEdit && <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="opportunity-edit">{t('action.edit')}</Button>}
            {mayEdit && o.category !== 'WON' && <Button icon={<BranchesOutlined />} onClick={() => setCategorizing(true)} data-testid="opportunity-change-category">{t('opportunity.changeCategory')}</Button>}
            {!deleted && manage && can(me, 'opportunity:transfer') && <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)} data-testid="opportunity-transfer">{t('action.transfer')}</Button>}
            {!deleted && manage && can(me, 'opportunity:delete') && <Button danger icon={<DeleteOutlined />} onClick={() => actions.remove([o.id])} data-testid="opportunity-delete">{t('action.delete')}</Button>}
            {deleted && manage && can(me, 'opportunity:restore') && <Button icon={<UndoOutlined />} onClick={() => actions.restore([o.id])} data-testid="opportunity-restore">{t('action.restore')}</Button>}
          </Space>
        </Flex>
      </Card>
      {o.category === 'LOST' && o.lostReason && <Alert type="warning" showIcon title={t('opportunity.lost', { reason: o.lostReason })} />}
      <Card size="small"><StageBar opportunity={o} stages={stages} editable={mayEdit} onChanged={refresh} /></Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} xl={16}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <OpportunityFields opportunity={o} />
            <OpportunityProducts opportunity={o} />
            <OpportunityDetails opportunity={o} />
            <ActivityPanel targetType="opportunity" targetId={o.id} onChanged={refresh} />
          </Space>
        </Col>
        <Col xs={24} xl={8}>
          <Space orientation="vertical" size={12} style={{ width: '100%' }}>
            <ProgressCard opportunity={o} editable={mayEdit} onChanged={refresh} />
            <OpportunityHistory opportunity={o} />
          </Space>
        </Col>
      </Row>
      <OpportunityFormDrawer open={editing} opportunity={o} onClose={() => setEditing(false)}
        onSaved={() => { setEditing(false); message.success(t('common.saved')); refresh(); }} />
      <CategoryModal opportunity={o} stages={stages} open={categorizing} onClose={() => setCategorizing(false)}
        onDone={() => { setCategorizing(false); message.success(t('opportunity.categoryChanged')); refresh(); }} />
      <OpportunityTransferModal ids={[o.id]} open={transferring} onClose={() => setTransferring(false)}
        onDone={(count) => { setTransferring(false); message.success(t('opportunity.transferred', { count })); refresh(); }} />
    </Space>
  );
}
