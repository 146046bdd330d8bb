'use client';
// The page shown for a missing address or a failed render: the app's card on its grey background, in the
// user's language, with a way back home (and "try again" after an error).
import { Button, Card, Flex, Result } from 'antd';
import { useI18n } from '@/app/_lib/i18n/context';
import { LanguageSwitch } from './language-switch';

interface Props { kind: 'notFound' | 'error'; onRetry?: () => void }

export function StatusPage({ kind, onRetry }: Props) {
  const { t } = useI18n();
  const notFound = kind === 'notFound';
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }} data-testid={notFound ? 'page-not-found' : 'page-error'}>
      <Card style={{ width: '100%', maxWidth: 560 }}>
        <Flex justify="flex-end"><LanguageSwitch size="small" /></Flex>
        <Result
          status={notFound ? '404' : '500'}
          title={notFound ? t('page.notFound.title') : t('page.error.title')}
          subTitle={notFound ? t('page.notFound.detail') : t('page.error.detail')}
          extra={(
            <Flex gap={8} justify="center" wrap>
              {onRetry && <Button onClick={onRetry} data-testid="page-retry">{t('page.retry')}</Button>}
              <Button type="primary" href="/" data-testid="page-home">{t('page.backHome')}</Button>
            </Flex>
          )}
        />
      </Card>
    </Flex>
  );
}
