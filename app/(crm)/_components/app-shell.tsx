'use client';
// The frame of every signed-in page: permission-aware menu (a drawer on phones), header with user and language.
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { signOut } from 'next-auth/react';
import { SWRConfig } from 'swr';
import { Button, Drawer, Dropdown, Flex, Grid, Layout, Menu, Result, Spin, Typography } from 'antd';
import type { MenuProps } from 'antd';
import {
  AimOutlined, ApartmentOutlined, AuditOutlined, ContactsOutlined, DeleteOutlined, LoginOutlined, LogoutOutlined, MenuOutlined,
  SafetyOutlined, SettingOutlined, TeamOutlined, UserOutlined, IdcardOutlined, FileTextOutlined, FileDoneOutlined, NodeIndexOutlined,
  FundOutlined, AppstoreOutlined, OrderedListOutlined,
} from '@ant-design/icons';
import { useI18n } from '@/app/_lib/i18n/context';
import { GraphQLRequestError, useQuery } from '@/app/_lib/graphql';
import { errorMessage } from '@/app/_lib/errors';
import { ME_QUERY, MeProvider } from '@/app/_lib/me';
import { LanguageSwitch } from '@/app/_components/language-switch';
import { type NavItem, homePath, navKeyFor, pathAccess, visibleNavigation } from './navigation';
import { PendingApprovalBadge } from '../approvals/_components/pending-approval-badge';
import { NotificationBell } from './notifications/notification-bell';
import { CalendarOutlined, CheckSquareOutlined, SolutionOutlined } from '@ant-design/icons';
import { ControlOutlined, InboxOutlined } from '@ant-design/icons';
import { AccountBookOutlined } from '@ant-design/icons';
import { EyeOutlined } from '@ant-design/icons';
import { BarChartOutlined, BookOutlined, DashboardOutlined, FieldTimeOutlined } from '@ant-design/icons';
import { ClockCircleOutlined, FormOutlined, MessageOutlined, NumberOutlined } from '@ant-design/icons';

const ICONS: Record<string, React.ReactNode> = {
  '/customers': <TeamOutlined />, '/leads': <AimOutlined />, '/contacts': <ContactsOutlined />, '/recycle-bin': <DeleteOutlined />,
  system: <SettingOutlined />, '/admin/departments': <ApartmentOutlined />, '/admin/users': <UserOutlined />,
  '/admin/roles': <SafetyOutlined />, '/admin/audit-logs': <AuditOutlined />, '/admin/login-logs': <LoginOutlined />,
  '/profile': <IdcardOutlined />,
  '/schedule': <CalendarOutlined />, '/tasks': <CheckSquareOutlined />, '/reports': <SolutionOutlined />,
  '/pool': <InboxOutlined />, '/settings/pool-rules': <ControlOutlined />,
  '/opportunities': <FundOutlined />, '/products': <AppstoreOutlined />, '/settings/stages': <OrderedListOutlined />,
  '/supervision': <EyeOutlined />,
  '/': <DashboardOutlined />, statistics: <BarChartOutlined />, '/settings/compliance': <FieldTimeOutlined />, '/settings/dictionary': <BookOutlined />,
  '/contracts': <FileTextOutlined />, '/receivables': <AccountBookOutlined />, '/approvals': <FileDoneOutlined />, '/settings/approval-flows': <NodeIndexOutlined />,
  '/followups': <MessageOutlined />, '/settings/custom-fields': <FormOutlined />, '/settings/numbering': <NumberOutlined />, '/settings/cadences': <ClockCircleOutlined />,
};

export const navTestId = (key: string) => `nav-${key.replace(/^\//, '').replace(/\//g, '-')}`;

const logout = () => signOut({ callbackUrl: '/login' });

function isSessionEnd(error: unknown) {
  return error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED';
}

export function AppShell({ children }: { children: React.ReactNode }) {
  const { t } = useI18n();
  const router = useRouter();
  const pathname = usePathname();
  const screens = Grid.useBreakpoint();
  const desktop = !!screens.lg;
  const [navOpen, setNavOpen] = useState(false);
  const { data, error, mutate } = useQuery(ME_QUERY);
  const me = data?.me;

  useEffect(() => {
    if (isSessionEnd(error)) void logout();
  }, [error]);
  useEffect(() => {
    if (me?.mustChangePassword) router.replace('/change-password');
  }, [me, router]);
  const access = me ? pathAccess(pathname, me) : 'allowed';
  useEffect(() => {
    // The default landing pages are the dashboard and customers; someone without customer data starts at their first menu entry.
    if (me && access === 'denied' && (pathname === '/' || pathname === '/customers')) router.replace(homePath(me));
  }, [me, access, pathname, router]);
  useEffect(() => setNavOpen(false), [pathname]);

  if (error && !isSessionEnd(error)) {
    return <Result status="error" title={errorMessage(t, error)} extra={<Button onClick={() => mutate()}>{t('action.refresh')}</Button>} />;
  }
  if (!me || me.mustChangePassword) {
    return <Flex align="center" justify="center" style={{ minHeight: '100vh' }}><Spin size="large" /></Flex>;
  }

  const items = visibleNavigation(me);
  const toMenu = (list: NavItem[]): MenuProps['items'] => list.map((item) => (item.children
    ? { key: item.key, icon: ICONS[item.key], label: t(item.labelKey), children: toMenu(item.children) }
    : { key: item.key, icon: ICONS[item.key], label: <Link href={item.key} data-testid={navTestId(item.key)}>{t(item.labelKey)}{item.key === '/approvals' && <PendingApprovalBadge />}</Link> }));
  const selected = navKeyFor(pathname, items);
  const menu = (
    <Menu
      mode="inline" items={toMenu(items)} selectedKeys={selected ? [selected] : []} defaultOpenKeys={['system']}
      style={{ borderInlineEnd: 'none' }} aria-label={t('app.title')}
    />
  );
  const brand = <Typography.Text strong style={{ fontSize: 18, whiteSpace: 'nowrap' }}>{t('app.title')}</Typography.Text>;

  return (
    <SWRConfig value={{
      onError: (e) => {
        if (isSessionEnd(e)) void logout();
        else if (e instanceof GraphQLRequestError && e.message === 'PASSWORD_CHANGE_REQUIRED') router.replace('/change-password');
      },
    }}>
      <MeProvider value={{ me, refresh: () => mutate() }}>
        <Layout style={{ minHeight: '100vh' }}>
          {desktop && (
            <Layout.Sider width={220} theme="light" style={{ borderInlineEnd: '1px solid #f0f0f0' }} data-testid="sider">
              <div style={{ padding: '18px 24px' }}>{brand}</div>
              {menu}
            </Layout.Sider>
          )}
          <Layout style={{ minWidth: 0 }}>
            <Layout.Header style={{ background: '#fff', padding: desktop ? '0 24px' : '0 12px', display: 'flex', alignItems: 'center', gap: desktop ? 12 : 6, borderBottom: '1px solid #f0f0f0', position: 'sticky', top: 0, zIndex: 10 }}>
              {!desktop && <Button type="text" icon={<MenuOutlined />} aria-label={t('header.openMenu')} data-testid="nav-toggle" onClick={() => setNavOpen(true)} />}
              {!desktop && brand}
              <div style={{ flex: 1 }} />
              <NotificationBell />
              <LanguageSwitch size="small" />
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'profile', icon: <IdcardOutlined />, label: <Link href="/profile" data-testid="user-menu-profile">{t('menu.profile')}</Link> },
                    { type: 'divider' },
                    { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.logout')}</span>, onClick: () => void logout() },
                  ],
                }}
              >
                <Button type="text" icon={<UserOutlined />} data-testid="user-menu" style={{ maxWidth: desktop ? 240 : 96 }}>
                  <Typography.Text ellipsis style={{ maxWidth: desktop ? 180 : 48 }}>{me.user.name}</Typography.Text>
                </Button>
              </Dropdown>
            </Layout.Header>
            <Layout.Content style={{ padding: desktop ? 24 : 12, minWidth: 0 }}>
              {access === 'denied'
                ? <Result status="403" title="403" subTitle={t('error.FORBIDDEN')} extra={<Link href={homePath(me)}><Button type="primary">{t('action.back')}</Button></Link>} />
                : children}
            </Layout.Content>
          </Layout>
          {!desktop && (
            <Drawer placement="left" open={navOpen} onClose={() => setNavOpen(false)} size={260} title={brand} styles={{ body: { padding: 0 } }}>
              {menu}
            </Drawer>
          )}
        </Layout>
      </MeProvider>
    </SWRConfig>
  );
}
