'use client';
// The customer's fields as a description list: three columns on wide screens, one on phones.
import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { formatDateTime } from '@/app/_lib/format';
import type { CustomerDetail } from '@/app/_lib/api/customers';
import type { DictionaryKind } from '@/app/_lib/dictionaries';
import { DictionaryText } from '../../../_kit/fields/dictionary-text';
import { useCustomFields } from '@/app/_lib/custom-fields';
import { customDescriptionItems } from '../../../_kit/fields/custom-fields';

export function CustomerFields({ customer: c }: { customer: CustomerDetail }) {
  const { t } = useI18n();
  const fields = useCustomFields('customer');
  const text = (v: string | null | undefined) => v || t('common.none');
  // A masked value (138****5678, field permissions) is shown, never dialled or mailed.
  const link = (scheme: string, v: string | null | undefined) => (v && !v.includes('*') ? <a href={`${scheme}${v}`}>{v}</a> : text(v));
  const option = (kind: DictionaryKind, v: string | null | undefined) => (v ? <DictionaryText kind={kind} code={v} /> : t('common.none'));
  const items: DescriptionsProps['items'] = [
    { key: 'owner', label: t('customer.field.owner'), children: c.owner?.name ?? t('common.pool') },
    { key: 'industry', label: t('customer.field.industry'), children: option('industry', c.industry) },
    { key: 'source', label: t('customer.field.source'), children: option('customer_source', c.source) },
    { key: 'region', label: t('customer.field.region'), children: option('region', c.region) },
    { key: 'postcode', label: t('customer.field.postcode'), children: text(c.postcode) },
    { key: 'address', label: t('customer.field.address'), children: text(c.address) },
    { key: 'contactName', label: t('customer.field.contactName'), children: text(c.contactName) },
    { key: 'contactPosition', label: t('customer.field.contactPosition'), children: text(c.contactPosition) },
    { key: 'mobile', label: t('customer.field.mobile'), children: link('tel:', c.mobile) },
    { key: 'phone', label: t('customer.field.phone'), children: link('tel:', c.phone) },
    { key: 'email', label: t('customer.field.email'), children: link('mailto:', c.email) },
    { key: 'website', label: t('customer.field.website'), children: text(c.website) },
    { key: 'profile', label: t('customer.field.profile'), children: text(c.profile), span: 'filled' },
    { key: 'remarks', label: t('customer.field.remarks'), children: <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{text(c.remarks)}</Typography.Paragraph>, span: 'filled' },
    { key: 'createdBy', label: t('customer.field.createdBy'), children: c.createdBy?.name ?? t('common.none') },
    { key: 'createdAt', label: t('customer.field.createdAt'), children: formatDateTime(c.createdAt) },
    { key: 'updatedAt', label: t('customer.field.updatedAt'), children: formatDateTime(c.updatedAt) },
    { key: 'lastFollowUpAt', label: t('customer.field.lastFollowUpAt'), children: formatDateTime(c.lastFollowUpAt) },
    { key: 'nextFollowUpAt', label: t('customer.field.nextFollowUpAt'), children: formatDateTime(c.nextFollowUpAt) },
    // Custom fields, in their form order; an empty one reads as none.
    ...customDescriptionItems(fields, c.customFields, t('common.none')),
  ];
  return (
    <Card size="small" title={t('detail.fields')}>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items} data-testid="customer-fields" />
    </Card>
  );
}
