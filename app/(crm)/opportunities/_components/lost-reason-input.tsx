'use client';
// Why an opportunity was lost: the salesperson's own words, with the 丢单原因 dictionary's usual reasons offered.
import { AutoComplete, Input } from 'antd';
import { useDictionary } from '@/app/_lib/dictionaries';

interface Props { id?: string; value?: string; onChange?: (value: string) => void; 'data-testid'?: string }

export function LostReasonInput({ value, onChange, ...rest }: Props) {
  const reasons = useDictionary('loss_reason')?.options.filter((o) => o.enabled) ?? [];
  return (
    <AutoComplete value={value} onChange={onChange} options={reasons.map((o) => ({ value: o.name }))} style={{ width: '100%' }}
      filterOption={(typed, option) => !typed || String(option?.value).includes(typed)}>
      <Input.TextArea {...rest} autoSize={{ minRows: 2 }} maxLength={500} />
    </AutoComplete>
  );
}
