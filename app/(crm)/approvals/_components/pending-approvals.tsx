'use client';
// 待我审批: one card per step awaiting the user's decision (longest waiting first), with approve / reject and a
// comment. Cards stack on a phone, where managers often decide.
import { useState } from 'react';
import Link from 'next/link';
import { Alert, App, Button, Card, Col, Descriptions, Empty, Flex, Input, Modal, Pagination, Row, Tag, Typography } from 'antd';
import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey } from '@/app/_lib/i18n/catalog';
import { gql, useQuery } from '@/app/_lib/graphql';
import { formatDateTime } from '@/app/_lib/format';
import { testId } from '@/app/_lib/labels';
import { APPROVE_APPROVAL, PENDING_APPROVALS_QUERY, REJECT_APPROVAL, type PendingApproval } from '@/app/_lib/api/contracts';
import { contractErrorMessage, formatMoney } from '../../contracts/_components/contract-labels';
import { useRefreshPendingCount } from './pending-approval-badge';

type Decision = 'approve' | 'reject';
const PAGE = 20;

const titleOf = (item: PendingApproval) => (item.ownershipRequest
  ? `${item.ownershipRequest.customerCode} ${item.ownershipRequest.customerName}`
  : item.documentType === 'RECEIVABLE' && item.receivable
    ? `${item.receivable.code}（${item.contract?.code ?? ''}）`
    : `${item.contract?.code ?? ''} ${item.contract?.title ?? ''}`);

export const DOC_COLORS: Record<string, string> = { CONTRACT: 'blue', RECEIVABLE: 'green', OWNERSHIP: 'purple' };

export function PendingApprovals({ embedded }: { embedded?: boolean } = {}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const refreshCount = useRefreshPendingCount();
  const [page, setPage] = useState(1);
  const { data, error, isLoading, mutate } = useQuery(
    PENDING_APPROVALS_QUERY, { first: PAGE, offset: (page - 1) * PAGE }, { keepPreviousData: true },
  );
  const [deciding, setDeciding] = useState<{ item: PendingApproval; decision: Decision } | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const open = (item: PendingApproval, decision: Decision) => { setDeciding({ item, decision }); setComment(''); setFailure(null); };
  async function decide() {
    if (!deciding) return;
    if (deciding.decision === 'reject' && !comment.trim()) { setFailure(t('approval.commentRequired')); return; }
    setBusy(true);
    try {
      const id = deciding.item.id;
      if (deciding.decision === 'approve') await gql(APPROVE_APPROVAL, { id, comment: comment.trim() || null });
      else await gql(REJECT_APPROVAL, { id, comment: comment.trim() });
      message.success(t(deciding.decision === 'approve' ? 'approval.approved' : 'approval.rejected'));
      setDeciding(null);
    } catch (e) {
      message.error(contractErrorMessage(t, e));
      setDeciding(null);
    } finally {
      setBusy(false);
      void mutate();
      void refreshCount();
    }
  }

  const nodes = data?.myPendingApprovals.nodes ?? [];
  return (
    <Flex vertical gap={12}>
      {!embedded && <Typography.Title level={4} style={{ margin: 0 }}>{t('approval.title')}</Typography.Title>}
      {error && <Alert type="error" showIcon title={contractErrorMessage(t, error)} />}
      {!isLoading && !nodes.length && <Card><Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('approval.empty')} /></Card>}
      {isLoading && !data && <Card loading />}
      <Row gutter={[12, 12]}>
        {nodes.map((item) => (
          <Col key={item.id} xs={24} md={12} xl={8}>
            <Card
              size="small" data-testid={`pending-approval-${item.id}`}
              title={(
                <Flex gap={8} align="center" style={{ minWidth: 0 }}>
                  <Tag color={DOC_COLORS[item.documentType]} style={{ marginInlineEnd: 0 }}>{t(`approval.docType.${item.documentType}` as MessageKey)}</Tag>
                  <Typography.Text ellipsis style={{ minWidth: 0 }}>{titleOf(item)}</Typography.Text>
                </Flex>
              )}
              actions={[
                <Button key="reject" danger type="text" icon={<CloseOutlined />} block onClick={() => open(item, 'reject')} data-testid={`reject-${item.id}`}>{t('approval.reject')}</Button>,
                <Button key="approve" type="text" icon={<CheckOutlined />} block style={{ color: '#389e0d' }} onClick={() => open(item, 'approve')} data-testid={`approve-${item.id}`}>{t('approval.approve')}</Button>,
              ]}
            >
              <Descriptions size="small" column={1} items={item.ownershipRequest ? [
                { key: 'owner', label: t('own.ownerLabel'), children: `${item.ownershipRequest.ownerName ?? '—'} · ${item.ownershipRequest.departmentName ?? '—'}` },
                { key: 'reason', label: t('own.reasonLabel'), children: item.ownershipRequest.reason },
                { key: 'cascade', label: t('transfer.title'), children: [
                  item.ownershipRequest.withContacts && t('own.withContacts'), item.ownershipRequest.withOpportunities && t('own.withOpportunities'),
                  item.ownershipRequest.withContracts && t('own.withContracts')].filter(Boolean).join('，') || '—' },
                { key: 'submitter', label: t('approval.submitter'), children: `${item.approval?.submitter?.name ?? '—'} · ${formatDateTime(item.approval?.createdAt)}` },
                { key: 'step', label: t('approval.title'), children: t('approval.currentStep', { position: item.position, total: item.approval?.steps.length ?? item.position, name: item.name }) },
              ] : [
                { key: 'customer', label: t('contract.field.customerId'), children: item.contract?.customer?.name ?? t('contract.hiddenCustomer') },
                item.documentType === 'RECEIVABLE' && item.receivable
                  ? { key: 'amount', label: t('receivable.amount'), children: <Typography.Text strong>{formatMoney(item.receivable.amount)}</Typography.Text> }
                  : { key: 'amount', label: t('contract.field.amount'), children: <Typography.Text strong>{formatMoney(item.contract?.amount)}</Typography.Text> },
                ...(item.documentType === 'RECEIVABLE' && item.receivable ? [{ key: 'date', label: t('receivable.receivedDate'), children: `${item.receivable.receivedDate} · ${item.receivable.method ?? '—'}` }] : []),
                { key: 'submitter', label: t('approval.submitter'), children: `${item.approval?.submitter?.name ?? '—'} · ${formatDateTime(item.approval?.createdAt)}` },
                { key: 'step', label: t('approval.title'), children: t('approval.currentStep', { position: item.position, total: item.approval?.steps.length ?? item.position, name: item.name }) },
              ]} />
              {item.contract && <Link href={`/contracts/${item.contract.id}`} data-testid={`open-contract-${item.id}`}>{t('approval.openContract')}</Link>}
            </Card>
          </Col>
        ))}
      </Row>
      {(data?.myPendingApprovals.totalCount ?? 0) > PAGE && (
        <Flex justify="center"><Pagination simple current={page} pageSize={PAGE} total={data?.myPendingApprovals.totalCount} onChange={setPage} /></Flex>
      )}
      <Modal
        open={!!deciding} onCancel={() => setDeciding(null)} onOk={decide} confirmLoading={busy}
        title={deciding ? t(deciding.decision === 'approve' ? 'approval.dialog.approve' : 'approval.dialog.reject', { title: titleOf(deciding.item) }) : ''}
        okText={deciding?.decision === 'reject' ? t('approval.reject') : t('approval.approve')}
        okButtonProps={{ danger: deciding?.decision === 'reject', ...testId<object>('decision-submit') }}
      >
        {failure && <Alert type="error" showIcon title={failure} style={{ marginBottom: 12 }} role="alert" />}
        <Typography.Paragraph style={{ marginBottom: 8 }}>{t('approval.comment')}</Typography.Paragraph>
        <Input.TextArea
          value={comment} onChange={(e) => setComment(e.target.value)} maxLength={500} showCount autoSize={{ minRows: 3, maxRows: 6 }}
          placeholder={t('approval.commentPlaceholder')} data-testid="decision-comment"
        />
      </Modal>
    </Flex>
  );
}
