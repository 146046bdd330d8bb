'use client';
// Lead status label and tag, shared by the list and the lead page.
import { Tag } from 'antd';
import type { MessageKey, Translate } from '@/app/_lib/i18n/catalog';
import { useI18n } from '@/app/_lib/i18n/context';
import { LEAD_STATUS_COLORS, type LeadStatus } from '@/app/_lib/api/leads';

export const leadStatusLabel = (t: Translate, status: LeadStatus) => t(`lead.status.${status}` as MessageKey);

export function LeadStatusTag({ status }: { status: LeadStatus }) {
  const { t } = useI18n();
  return <Tag color={LEAD_STATUS_COLORS[status]} data-testid={`lead-status-${status}`}>{leadStatusLabel(t, status)}</Tag>;
}
