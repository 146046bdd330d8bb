// Built-in views (场景) most modules share, as API filters: 全部, 我负责的, and today's follow-ups.
import dayjs from 'dayjs';
import type { Translate } from '@/app/_lib/i18n/catalog';
import { dayBoundary } from '@/app/_lib/format';
import type { Scene } from './scene-select';

export const allScene = (t: Translate): Scene => ({ key: 'all', label: t('kit.scene.all'), filter: {} });
export const mineScene = (t: Translate, userId: string, ownerKey = 'ownerId'): Scene => ({ key: 'mine', label: t('kit.scene.mine.owned'), filter: { [ownerKey]: userId } });

/** 今日待跟进: the next contact falls on today (company time zone), through the module's from/to filter keys. */
export function dueTodayScene(t: Translate, from: string, to: string): Scene {
  const today = dayjs();
  return { key: 'dueToday', label: t('kit.scene.dueToday'), filter: { [from]: dayBoundary(today, 'start'), [to]: dayBoundary(today, 'end') } };
}

/** N 天未跟进: no follow-up since N days ago, through the module's "last follow-up before" filter key. */
export function idleScene(t: Translate, days: number, beforeKey: string): Scene {
  return { key: `idle${days}`, label: t('kit.scene.idle', { days }), filter: { [beforeKey]: dayBoundary(dayjs().subtract(days, 'day'), 'start') } };
}
