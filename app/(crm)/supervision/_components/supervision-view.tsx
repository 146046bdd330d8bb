'use client';
// 员工监督 (SPEC 4.3): a leader reviews the people in their read scope — the overview of counts, the team's
// follow-ups (with comments), tasks and reports — filtered by period, department and person; a person's name
// opens what they are doing now. The tab lives in the address (?tab=), so a link can open the feed directly.
import { useMemo, useState } from 'react';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Flex, Result, Skeleton, Tabs, Typography } from 'antd';
import { useQuery } from '@/app/_lib/graphql';
import { useI18n } from '@/app/_lib/i18n/context';
import { errorMessage } from '@/app/_lib/errors';
import { FollowUpsTab } from './followups-tab';
import { OverviewTab, type OverviewTarget } from './overview-tab';
import { PersonNowDrawer } from './person-now';
import { ReportsTab } from './reports-tab';
import { SCOPE_QUERY, type SupervisionFilter, type TaskState } from './supervision.api';
import { SupervisionFilters, type Filters } from './supervision-filters';
import { periodRange } from './supervision-period';
import { TasksTab } from './tasks-tab';

type Tab = 'overview' | OverviewTarget;
const TABS: Tab[] = ['overview', 'followups', 'tasks', 'reports'];

export function SupervisionView() {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'overview';
  const [filters, setFilters] = useState<Filters>({ period: { preset: 'last7' }, includeDisabled: false });
  const [taskState, setTaskState] = useState<TaskState>('OPEN');
  const [personId, setPersonId] = useState<string | null>(null);
  const { data, error, isLoading } = useQuery(SCOPE_QUERY);

  const filter: SupervisionFilter = useMemo(() => ({
    ...periodRange(filters.period), departmentId: filters.departmentId ?? null, userId: filters.userId ?? null, includeDisabled: filters.includeDisabled,
  }), [filters]);
  const setTab = (next: Tab) => router.replace(next === 'overview' ? pathname : `${pathname}?tab=${next}`, { scroll: false });
  const openTab = (next: OverviewTarget, userId: string, state?: TaskState) => {
    setFilters((f) => ({ ...f, userId }));
    if (state) setTaskState(state);
    setTab(next);
  };

  if (error) return <Result status="error" title={errorMessage(t, error)} />;
  if (isLoading || !data) return <Skeleton active />;
  const scope = data.supervisionScope;
  if (!scope.supervisesOthers) return <Result status="info" title={t('supervision.title')} subTitle={t('supervision.notLeader')} />;

  return (
    <Flex vertical gap={12} data-testid="supervision">
      <Typography.Title level={4} style={{ margin: 0 }}>{t('supervision.title')}</Typography.Title>
      <SupervisionFilters value={filters} onChange={(patch) => setFilters((f) => ({ ...f, ...patch }))} people={scope.people} departments={scope.departments} />
      <Tabs
        activeKey={tab} onChange={(key) => setTab(key as Tab)} data-testid="supervision-tabs" destroyOnHidden
        items={[
          { key: 'overview', label: t('supervision.tab.overview'), children: <OverviewTab filter={filter} onOpenPerson={setPersonId} onOpenTab={openTab} /> },
          { key: 'followups', label: t('supervision.tab.followups'), children: <FollowUpsTab filter={filter} /> },
          { key: 'tasks', label: t('supervision.tab.tasks'), children: <TasksTab filter={filter} state={taskState} onState={setTaskState} /> },
          { key: 'reports', label: t('supervision.tab.reports'), children: <ReportsTab filter={filter} /> },
        ]}
      />
      <PersonNowDrawer userId={personId} onClose={() => setPersonId(null)} />
    </Flex>
  );
}
