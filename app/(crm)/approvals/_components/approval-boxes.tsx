'use client';
// The approvals page: 待我审批 (for approvers), 我发起的 (runs the user submitted, with where each stands) and 我已审批
// (steps the user decided, with the comment), as tabs; phone-first cards, each opening its contract or receivable.
import { useState } from 'react';
import Link from 'next/link';
import { Alert, Card, Empty, Flex, List, Pagination, Segmented, Tabs, Tag, Typography } from 'antd';
import { graphql } from '@/app/_lib/gql';
import type { ApprovalDocumentType, MyDecidedApprovalsQuery, MySubmittedApprovalsQuery } from '@/app/_lib/gql/graphql';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { formatDateTime, formatMoney } from '@/app/_lib/format';
import { can, useMe } from '@/app/_lib/me';
import { APPROVAL_STATUS_COLORS, STEP_COLORS, contractErrorMessage } from '../../contracts/_components/contract-labels';
import { DOC_COLORS, PendingApprovals } from './pending-approvals';
import { PENDING_APPROVAL_COUNT_QUERY } from '@/app/_lib/api/contracts';

const PAGE = 20;
const NO_VARIABLES = {};

const SUBMITTED_QUERY = graphql(`
  query MySubmittedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {
    mySubmittedApprovals(first: $first, offset: $offset, documentType: $documentType) {
      totalCount
      nodes {
        id documentType status flowName createdAt decidedAt
        contract { id code title amount customer { id name } } receivable { id code amount }
        ownershipRequest { id customerCode customerName reason customer { id } }
        steps { id position name status approverLabel decidedBy { id name } }
      }
    }
  }
`);

const DECIDED_QUERY = graphql(`
  query MyDecidedApprovals($first: Int, $offset: Int, $documentType: ApprovalDocumentType) {
    myDecidedApprovals(first: $first, offset: $offset, documentType: $documentType) {
      totalCount
      nodes {
        id documentType position name status comment decidedAt
        approval { id status submitter { id name } }
        contract { id code title amount customer { id name } } receivable { id code amount }
        ownershipRequest { id customerCode customerName reason customer { id } }
      }
    }
  }
`);

type Submitted = MySubmittedApprovalsQuery['mySubmittedApprovals']['nodes'][number];
type Decided = MyDecidedApprovalsQuery['myDecidedApprovals']['nodes'][number];
type Doc = Pick<Submitted, 'documentType' | 'contract' | 'receivable' | 'ownershipRequest'>;

/** The document's name and link: a receivable by its number (and contract), a contract by number and title. */
function DocumentLink({ t, item }: { t: Translate; item: Doc }) {
  const receivable = item.documentType === 'RECEIVABLE' ? item.receivable : null;
  const ownership = item.ownershipRequest;
  const title = ownership ? `${ownership.customerCode} ${ownership.customerName}`
    : receivable ? `${receivable.code}（${item.contract?.code ?? ''}）` : `${item.contract?.code ?? ''} ${item.contract?.title ?? ''}`;
  // An ownership request links to its customer only once the viewer may read it (the requester: after approval).
  const href = ownership ? (ownership.customer ? `/customers/${ownership.customer.id}` : null)
    : receivable ? `/receivables/${receivable.id}` : item.contract ? `/contracts/${item.contract.id}` : null;
  return (
    <Flex gap={8} align="center" style={{ minWidth: 0 }}>
      <Tag color={DOC_COLORS[item.documentType]} style={{ marginInlineEnd: 0 }}>{t(`approval.docType.${item.documentType}` as MessageKey)}</Tag>
      {href ? <Link href={href} title={title} style={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{title}</Link> : <Typography.Text>{title}</Typography.Text>}
    </Flex>
  );
}

const amountOf = (item: Doc) => (item.ownershipRequest ? item.ownershipRequest.reason
  : formatMoney(item.documentType === 'RECEIVABLE' ? item.receivable?.amount : item.contract?.amount));

function useBox<D>(document: Parameters<typeof useQuery<D, { first: number; offset: number; documentType: ApprovalDocumentType | null }>>[0]) {
  const [page, setPage] = useState(1);
  const [type, setType] = useState<ApprovalDocumentType | 'ALL'>('ALL');
  const result = useQuery(document, { first: PAGE, offset: (page - 1) * PAGE, documentType: type === 'ALL' ? null : type }, { keepPreviousData: true });
  return { ...result, page, setPage, type, setType: (v: ApprovalDocumentType | 'ALL') => { setType(v); setPage(1); } };
}

function BoxFrame({ t, box, total, children, testId }: { t: Translate; box: ReturnType<typeof useBox<unknown>>; total: number; children: React.ReactNode; testId: string }) {
  return (
    <Flex vertical gap={12} data-testid={testId}>
      <Segmented
        value={box.type} onChange={(v) => box.setType(v as ApprovalDocumentType | 'ALL')}
        options={[{ value: 'ALL', label: t('daily.approvals.all') }, { value: 'CONTRACT', label: t('approval.docType.CONTRACT') }, { value: 'RECEIVABLE', label: t('approval.docType.RECEIVABLE') }, { value: 'OWNERSHIP', label: t('approval.docType.OWNERSHIP') }]}
      />
      {box.error && <Alert type="error" showIcon title={contractErrorMessage(t, box.error)} />}
      {box.isLoading && !box.data ? <Card loading /> : total === 0 ? <Card><Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('daily.approvals.empty')} /></Card> : children}
      {total > PAGE && <Flex justify="center"><Pagination simple current={box.page} pageSize={PAGE} total={total} onChange={box.setPage} /></Flex>}
    </Flex>
  );
}

function SubmittedBox() {
  const { t } = useI18n();
  const box = useBox(SUBMITTED_QUERY);
  const nodes = box.data?.mySubmittedApprovals.nodes ?? [];
  const where = (a: Submitted) => a.steps.find((s) => s.status === 'ACTIVE' || s.status === 'REJECTED');
  return (
    <BoxFrame t={t} box={box as never} total={box.data?.mySubmittedApprovals.totalCount ?? 0} testId="approvals-submitted">
      <List bordered dataSource={nodes} renderItem={(a) => (
        <List.Item key={a.id} data-testid={`submitted-approval-${a.id}`}>
          <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
            <Flex justify="space-between" gap={8}>
              <DocumentLink t={t} item={a} />
              <Tag color={APPROVAL_STATUS_COLORS[a.status]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>{t(`approval.status.${a.status}` as MessageKey)}</Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[a.contract?.customer?.name, amountOf(a), t('daily.approvals.submittedAt', { time: formatDateTime(a.createdAt) })].filter(Boolean).join(' · ')}
            </Typography.Text>
            {where(a) && (
              <Typography.Text style={{ fontSize: 12 }}>
                {t('approval.currentStep', { position: where(a)!.position, total: a.steps.length, name: where(a)!.name })} ·{' '}
                <Tag color={STEP_COLORS[where(a)!.status]}>{t(`approval.step.${where(a)!.status}` as MessageKey)}</Tag>
                {where(a)!.status === 'ACTIVE' ? where(a)!.approverLabel : where(a)!.decidedBy?.name}
              </Typography.Text>
            )}
          </Flex>
        </List.Item>
      )} />
    </BoxFrame>
  );
}

function DecidedBox() {
  const { t } = useI18n();
  const box = useBox(DECIDED_QUERY);
  const nodes: Decided[] = box.data?.myDecidedApprovals.nodes ?? [];
  return (
    <BoxFrame t={t} box={box as never} total={box.data?.myDecidedApprovals.totalCount ?? 0} testId="approvals-decided">
      <List bordered dataSource={nodes} renderItem={(s) => (
        <List.Item key={s.id} data-testid={`decided-approval-${s.id}`}>
          <Flex vertical gap={4} style={{ width: '100%', minWidth: 0 }}>
            <Flex justify="space-between" gap={8}>
              <DocumentLink t={t} item={s} />
              <Tag color={STEP_COLORS[s.status]} style={{ marginInlineEnd: 0, flexShrink: 0 }}>{t(`approval.step.${s.status}` as MessageKey)}</Tag>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[s.contract?.customer?.name, amountOf(s), s.name, s.approval?.submitter?.name && t('daily.approvals.by', { name: s.approval.submitter.name }), formatDateTime(s.decidedAt)].filter(Boolean).join(' · ')}
            </Typography.Text>
            {s.comment && <Typography.Text style={{ fontSize: 12 }}>「{s.comment}」</Typography.Text>}
          </Flex>
        </List.Item>
      )} />
    </BoxFrame>
  );
}

export function ApprovalBoxes() {
  const { t } = useI18n();
  const { me } = useMe();
  // Leaders decide ownership requests without contract:approve: the boxes open for whoever has something to decide.
  const { data: pending } = useQuery(PENDING_APPROVAL_COUNT_QUERY, NO_VARIABLES);
  const approver = can(me, 'contract:approve') || (pending?.myPendingApprovalCount ?? 0) > 0;
  const items = [
    ...(approver ? [{ key: 'pending', label: t('approval.title'), children: <PendingApprovals embedded /> }] : []),
    { key: 'submitted', label: t('daily.approvals.submitted'), children: <SubmittedBox /> },
    ...(approver ? [{ key: 'decided', label: t('daily.approvals.decided'), children: <DecidedBox /> }] : []),
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={4} style={{ margin: 0 }}>{t('daily.approvals.title')}</Typography.Title>
      <Tabs items={items} destroyOnHidden data-testid="approval-tabs" />
    </Flex>
  );
}
