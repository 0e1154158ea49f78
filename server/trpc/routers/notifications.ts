// notifications.*: each signed-in user's own notifications and delivery preferences.
import {
  listNotificationsInput,
  notificationIdInput,
  setPreferenceInput,
} from '../../../shared/notifications/kinds';
import {
  listNotifications,
  markAllRead,
  markRead,
  unreadCount,
} from '../../features/notifications/inbox';
import { listPreferences, setPreference } from '../../features/notifications/preferences';
import { authedProcedure, router } from '../init';

export const notificationsRouter = router({
  list: authedProcedure
    .input(listNotificationsInput)
    .query(({ ctx, input }) => listNotifications(ctx.deps, ctx.actor, input)),
  unreadCount: authedProcedure.query(({ ctx }) => unreadCount(ctx.deps, ctx.actor)),
  markRead: authedProcedure
    .input(notificationIdInput)
    .mutation(({ ctx, input }) => markRead(ctx.deps, ctx.actor, input.notificationId)),
  markAllRead: authedProcedure.mutation(({ ctx }) => markAllRead(ctx.deps, ctx.actor)),
  preferences: authedProcedure.query(({ ctx }) => listPreferences(ctx.deps, ctx.actor)),
  setPreference: authedProcedure
    .input(setPreferenceInput)
    .mutation(({ ctx, input }) => setPreference(ctx.deps, ctx.actor, input)),
});
