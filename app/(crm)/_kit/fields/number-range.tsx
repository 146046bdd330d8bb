'use client';
// A from–to pair of numbers for a filter bar (custom number and money fields). The pair is handed on when a box is
// left or Enter is pressed, not on every keystroke, so the list reloads once per bound.
import { useEffect, useState } from 'react';
import { InputNumber, Space } from 'antd';

type Range = [number | null, number | null];

interface Props { value?: Range | null; onChange?: (value: Range | null) => void; label: string; testId: string; id?: string }

export function NumberRange({ value, onChange, label, testId, id }: Props) {
  const [draft, setDraft] = useState<Range>(value ?? [null, null]);
  useEffect(() => { setDraft(value ?? [null, null]); }, [value]);
  const commit = () => {
    const same = (value ?? [null, null]).every((v, i) => v === draft[i]);
    if (!same) onChange?.(draft[0] === null && draft[1] === null ? null : draft);
  };
  const box = (i: 0 | 1, placeholder: string) => (
    <InputNumber id={i === 0 ? id : undefined} value={draft[i]} placeholder={placeholder} style={{ width: '50%' }} data-testid={`${testId}-${i === 0 ? 'from' : 'to'}`}
      onChange={(v) => setDraft((d) => (i === 0 ? [v as number | null, d[1]] : [d[0], v as number | null]))} onBlur={commit} onPressEnter={commit} />
  );
  return (
    <Space.Compact style={{ width: '100%' }} aria-label={label}>
      {box(0, `${label} ≥`)}
      {box(1, '≤')}
    </Space.Compact>
  );
}
