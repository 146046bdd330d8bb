// The customer list's query state: filter form values to the API filter, table sorter to the API orderBy.
import type { Dayjs } from 'dayjs';
import type { SorterResult } from 'antd/es/table/interface';
import { dayBoundary } from '@/app/_lib/format';
import type { CustomerFilter, CustomerLevel, CustomerOrder, CustomerRow, CustomerSortField, CustomerType } from '@/app/_lib/api/customers';

export interface CustomerFilterValues {
  keyword?: string;
  type?: CustomerType;
  level?: CustomerLevel;
  source?: string;
  industry?: string;
  ownerId?: string;
  departmentId?: string;
  created?: [Dayjs | null, Dayjs | null] | null;
}

/** Form values to the API filter: blanks dropped, the date range as Asia/Shanghai day boundaries. */
export function toCustomerFilter(values: CustomerFilterValues): CustomerFilter {
  const filter: CustomerFilter = {};
  const text = (v?: string) => v?.trim() || undefined;
  if (text(values.keyword)) filter.keyword = text(values.keyword);
  if (text(values.source)) filter.source = text(values.source);
  if (text(values.industry)) filter.industry = text(values.industry);
  if (values.type) filter.type = values.type;
  if (values.level) filter.level = values.level;
  if (values.ownerId) filter.ownerId = values.ownerId;
  if (values.departmentId) filter.departmentId = values.departmentId;
  const [from, to] = values.created ?? [];
  if (from) filter.createdFrom = dayBoundary(from, 'start');
  if (to) filter.createdTo = dayBoundary(to, 'end');
  return filter;
}

export const SORT_FIELDS: Record<string, CustomerSortField> = {
  code: 'CODE', name: 'NAME', level: 'LEVEL', lastFollowUpAt: 'LAST_FOLLOW_UP_AT', updatedAt: 'UPDATED_AT', createdAt: 'CREATED_AT',
};
export const DEFAULT_ORDER: CustomerOrder = { field: 'UPDATED_AT', direction: 'DESC' };

/** The table's sorter to the API's orderBy (no sorter: the default, newest change first). */
export function orderFromSorter(sorter: SorterResult<CustomerRow> | SorterResult<CustomerRow>[]): CustomerOrder {
  const one = Array.isArray(sorter) ? sorter[0] : sorter;
  const field = one?.order ? SORT_FIELDS[String(one.columnKey ?? one.field)] : undefined;
  return field ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' } : DEFAULT_ORDER;
}
