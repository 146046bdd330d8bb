'use client';
// The opportunity page on the detail frame: header with category and permitted actions, the stage bar, fields, product lines,
// deal details, progress records, the activity timeline and the history.
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Alert, App, Button, Card } from 'antd';
import { BranchesOutlined, DeleteOutlined, EditOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { useQuery } from '@/app/_lib/graphql';
import { can, useMe } from '@/app/_lib/me';
import { OPPORTUNITY_QUERY, STAGES_QUERY, type OpportunityDetail } from '@/app/_lib/api/opportunities';
import { DetailFrame } from '../../../_kit/detail/detail-frame';
import { RecordPage } from '../../../_kit/detail/record-gate';
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
  return (
    <RecordPage document={OPPORTUNITY_QUERY} id={id} pick={(d) => d.opportunity} backHref="/opportunities" notFound={t('opportunity.notFound')}>
      {(o, refresh) => <OpportunityPage o={o} refresh={refresh} />}
    </RecordPage>
  );
}

function OpportunityPage({ o, refresh }: { o: OpportunityDetail; refresh: () => void }) {
  const { t } = useI18n();
  const { me } = useMe();
  const router = useRouter();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<'edit' | 'transfer' | 'category' | null>(null);
  const { data: stageData } = useQuery(STAGES_QUERY);
  const actions = useOpportunityActions((action) => (action === 'delete' ? router.push('/opportunities') : refresh()));
  const stages = stageData?.opportunityStages ?? [];
  const deleted = !!o.deletedAt;
  const mayEdit = !deleted && o.viewerCanEdit && can(me, 'opportunity:update');
  const manage = o.viewerCanManage;
  const done = (text: string) => { setDialog(null); message.success(text); refresh(); };

  return (
    <DetailFrame
      module="opportunity"
      title={o.name}
      tags={(
        <>
          <CategoryTag t={t} category={o.category} />
          {o.customer && <Link href={`/customers/${o.customer.id}`}>{o.customer.name}</Link>}
        </>
      )}
      actions={(
        <>
          {mayEdit && <Button type="primary" icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="opportunity-edit">{t('action.edit')}</Button>}
          {mayEdit && o.category !== 'WON' && <Button icon={<BranchesOutlined />} onClick={() => setDialog('category')} data-testid="opportunity-change-category">{t('opportunity.changeCategory')}</Button>}
          {o.viewerCanTransfer && <Button icon={<SwapOutlined />} onClick={() => setDialog('transfer')} data-testid="opportunity-transfer">{t('action.transfer')}</Button>}
          {!deleted && manage && can(me, 'opportunity:delete') && <Button danger icon={<DeleteOutlined />} onClick={() => actions.remove([o.id])} data-testid="opportunity-delete">{t('action.delete')}</Button>}
          {deleted && manage && can(me, 'opportunity:restore') && <Button icon={<UndoOutlined />} onClick={() => actions.restore([o.id])} data-testid="opportunity-restore">{t('action.restore')}</Button>}
        </>
      )}
      notices={(
        <>
          {o.category === 'LOST' && o.lostReason && <Alert type="warning" showIcon title={t('opportunity.lost', { reason: o.lostReason })} />}
          <Card size="small"><StageBar opportunity={o} stages={stages} editable={mayEdit} onChanged={refresh} /></Card>
        </>
      )}
      main={(
        <>
          <OpportunityFields opportunity={o} />
          <OpportunityProducts opportunity={o} />
          <OpportunityDetails opportunity={o} />
        </>
      )}
      activity={<ActivityPanel targetType="opportunity" targetId={o.id} targetTitle={o.name} onChanged={refresh} />}
      side={(
        <>
          <ProgressCard opportunity={o} editable={mayEdit} onChanged={refresh} />
          <OpportunityHistory opportunity={o} />
        </>
      )}
      dialogs={(
        <>
          <OpportunityFormDrawer open={dialog === 'edit'} opportunity={o} onClose={() => setDialog(null)} onSaved={() => done(t('common.saved'))} />
          <CategoryModal opportunity={o} stages={stages} open={dialog === 'category'} onClose={() => setDialog(null)} onDone={() => done(t('opportunity.categoryChanged'))} />
          <OpportunityTransferModal ids={[o.id]} open={dialog === 'transfer'} onClose={() => setDialog(null)} onDone={(count) => done(t('opportunity.transferred', { count }))} />
        </>
      )}
    />
  );
}
