// The viewer's notifications: list, unread count, mark read.
import { Arg, Args, Ctx, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Notification } from '@/entities/notification.entity';
import { listNotifications, markNotificationsRead, unreadNotificationCount } from '@/lib/notification/notification.service';
import type { Context } from '../context';
import { viewerOf } from '../context';
import { Connection, PageArgsInput, toConnection } from '../common/connection';

@ObjectType('NotificationConnection')
class NotificationConnection extends Connection(Notification, 'Notification') {}

@Resolver(() => Notification)
export class NotificationResolver {
  @Query(() => NotificationConnection)
  async notifications(@Ctx() ctx: Context, @Args(() => PageArgsInput) page: PageArgsInput, @Arg('unreadOnly', () => Boolean, { defaultValue: false }) unreadOnly: boolean) {
    return toConnection(await listNotifications(ctx.db, viewerOf(ctx), unreadOnly, page));
  }

  @Query(() => Int)
  unreadNotificationCount(@Ctx() ctx: Context) {
    return unreadNotificationCount(ctx.db, viewerOf(ctx));
  }

  @Mutation(() => Int, { description: 'Marks these of your notifications read; returns how many changed' })
  markNotificationsRead(@Ctx() ctx: Context, @Arg('ids', () => [ID]) ids: string[]) {
    return markNotificationsRead(ctx.db, viewerOf(ctx), ids);
  }

  @Mutation(() => Int)
  markAllNotificationsRead(@Ctx() ctx: Context) {
    return markNotificationsRead(ctx.db, viewerOf(ctx), null);
  }
}
