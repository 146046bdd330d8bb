'use client';
// The list behind each dashboard figure: which module's list query, with which filters (the figure's period and
// owners), and which columns. The filters are exactly the figure's, so the list holds exactly what it counted.
import Link from 'next/link';
import { Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { graphql } from '@/app/_lib/gql';
import type { Document } from '@/app/_lib/graphql';
import { formatDate, formatDateTime } from '@/app/_lib/format';
import { formatMoney } from '../../../_insight/format';
import type { RecordKind } from '../../../_dashboard/brief-cards';

export interface Bounds { start: string; end: string; from: string; to: string; ownerIds: string[] }
type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface KindDefinition {
  title: 'insight.brief.newCustomers' | 'insight.brief.newContacts' | 'insight.brief.newOpportunities' | 'insight.brief.newContracts' | 'insight.brief.receivables' | 'insight.brief.followUps';
  field: string;
  /** The module's own list document (validated against the schema by codegen); its rows are read by the columns. */
  query: Document<Record<string, { totalCount: number; nodes: Row[] }>, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  variables: (b: Bounds, params: URLSearchParams) => Record<string, unknown>;
  columns: (t: Translate) => TableColumnsType<Row>;
}

const name = (r: { name?: string } | null | undefined) => r?.name ?? '—';

export const KINDS: Record<RecordKind, KindDefinition> = {
  customers: {
    title: 'insight.brief.newCustomers', field: 'customers',
    query: graphql(`query FigureCustomers($filter: CustomerFilter, $first: Int, $offset: Int) { customers(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount nodes { id code name level owner { name } createdAt } } }`),
    variables: (b) => ({ filter: { ownerIds: b.ownerIds, createdFrom: b.start, createdTo: b.end, inPool: false } }),
    columns: (t) => [
      { title: t('insight.records.name'), key: 'name', render: (_, r) => <Link href={`/customers/${r.id}`}>{r.name}</Link> },
      { title: t('insight.records.code'), dataIndex: 'code', responsive: ['md'] },
      { title: t('insight.records.owner'), key: 'owner', render: (_, r) => name(r.owner) },
      { title: t('insight.records.createdAt'), key: 'createdAt', render: (_, r) => formatDateTime(r.createdAt) },
    ],
  },
  contacts: {
    title: 'insight.brief.newContacts', field: 'contacts',
    query: graphql(`query FigureContacts($filter: ContactFilter, $first: Int, $offset: Int) { contacts(filter: $filter, first: $first, offset: $offset) {
      totalCount nodes { id name position customer { id name } owner { name } createdAt } } }`),
    variables: (b) => ({ filter: { ownerIds: b.ownerIds, createdFrom: b.start, createdTo: b.end } }),
    columns: (t) => [
      { title: t('insight.records.name'), dataIndex: 'name' },
      { title: t('insight.records.customer'), key: 'customer', render: (_, r) => (r.customer ? <Link href={`/customers/${r.customer.id}`}>{r.customer.name}</Link> : '—') },
      { title: t('insight.records.owner'), key: 'owner', responsive: ['md'], render: (_, r) => name(r.owner) },
      { title: t('insight.records.createdAt'), key: 'createdAt', render: (_, r) => formatDateTime(r.createdAt) },
    ],
  },
  opportunities: {
    title: 'insight.brief.newOpportunities', field: 'opportunities',
    query: graphql(`query FigureOpportunities($filter: OpportunityFilter, $first: Int, $offset: Int) { opportunities(filter: $filter, first: $first, offset: $offset, orderBy: { field: CREATED_AT, direction: DESC }) {
      totalCount nodes { id name amount category customer { id name } owner { name } createdAt } } }`),
    variables: (b) => ({ filter: { ownerIds: b.ownerIds, createdFrom: b.start, createdTo: b.end } }),
    columns: (t) => [
      { title: t('insight.records.name'), key: 'name', render: (_, r) => <Link href={`/opportunities/${r.id}`}>{r.name}</Link> },
      { title: t('insight.records.amount'), key: 'amount', align: 'right', render: (_, r) => formatMoney(r.amount) },
      { title: t('insight.records.category'), key: 'category', responsive: ['md'], render: (_, r) => <Tag>{t(`insight.category.${r.category}` as never)}</Tag> },
      { title: t('insight.records.owner'), key: 'owner', responsive: ['md'], render: (_, r) => name(r.owner) },
      { title: t('insight.records.createdAt'), key: 'createdAt', render: (_, r) => formatDate(r.createdAt) },
    ],
  },
  contracts: {
    title: 'insight.brief.newContracts', field: 'contracts',
    query: graphql(`query FigureContracts($filter: ContractFilter, $first: Int, $offset: Int) { contracts(filter: $filter, first: $first, offset: $offset, orderBy: { field: SIGN_DATE, direction: DESC }) {
      totalCount nodes { id code title amount signDate customer { id name } owner { name } } } }`),
    variables: (b) => ({ filter: { ownerIds: b.ownerIds, statuses: ['APPROVED'], signFrom: b.from, signTo: b.to } }),
    columns: (t) => [
      { title: t('insight.records.name'), key: 'title', render: (_, r) => <Link href={`/contracts/${r.id}`}>{r.title}</Link> },
      { title: t('insight.records.amount'), key: 'amount', align: 'right', render: (_, r) => formatMoney(r.amount) },
      { title: t('insight.records.customer'), key: 'customer', responsive: ['md'], render: (_, r) => name(r.customer) },
      { title: t('insight.records.owner'), key: 'owner', responsive: ['md'], render: (_, r) => name(r.owner) },
      { title: t('insight.records.signDate'), dataIndex: 'signDate' },
    ],
  },
  receivables: {
    title: 'insight.brief.receivables', field: 'receivables',
    query: graphql(`query FigureReceivables($filter: ReceivableFilter, $first: Int, $offset: Int) { receivables(filter: $filter, first: $first, offset: $offset, orderBy: { field: RECEIVED_DATE, direction: DESC }) {
      totalCount nodes { id code amount receivedDate contract { id code title } } } }`),
    variables: (b) => ({ filter: { ownerIds: b.ownerIds, status: 'APPROVED', receivedFrom: b.from, receivedTo: b.to } }),
    columns: (t) => [
      { title: t('insight.records.code'), dataIndex: 'code' },
      { title: t('insight.records.amount'), key: 'amount', align: 'right', render: (_, r) => formatMoney(r.amount) },
      { title: t('insight.records.contract'), key: 'contract', render: (_, r) => (r.contract ? <Link href={`/contracts/${r.contract.id}`}>{r.contract.title}</Link> : '—') },
      { title: t('insight.records.receivedDate'), dataIndex: 'receivedDate' },
    ],
  },
  followUps: {
    title: 'insight.brief.followUps', field: 'followUps',
    query: graphql(`query FigureFollowUps($filter: FollowUpFilter, $first: Int, $offset: Int) { followUps(filter: $filter, first: $first, offset: $offset) {
      totalCount nodes { id subject result substantive occurredAt author { name } parent { type id title } } } }`),
    variables: (b, params) => ({ filter: { authorIds: b.ownerIds, from: b.start, to: b.end, ...(params.get('substantive') === '1' ? { substantive: true } : {}) } }),
    columns: (t) => [
      { title: t('insight.records.occurredAt'), key: 'occurredAt', render: (_, r) => <Link href={`/followups/${r.id}`}>{formatDateTime(r.occurredAt)}</Link> },
      { title: t('insight.records.subject'), key: 'subject', render: (_, r) => <>{r.subject}{r.substantive && <Tag color="green" style={{ marginInlineStart: 6 }}>{t('insight.records.substantive')}</Tag>}</> },
      { title: t('insight.records.about'), key: 'parent', responsive: ['md'], render: (_, r) => r.parent?.title ?? '—' },
      { title: t('insight.records.author'), key: 'author', render: (_, r) => name(r.author) },
    ],
  },
};
