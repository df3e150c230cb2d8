import { atom } from 'nanostores';
import { askNotificationAccess, notificationAccess, type NotificationAccess } from '../lib/desktop-notification';

/** Whether the browser lets the console show notifications; read once at start, updated on asking. */
export const $notificationAccess = atom<NotificationAccess>(notificationAccess());

/** Asks for notification permission; only ever called from the "Enable notifications" button. */
export async function enableNotifications(): Promise<void> {
  $notificationAccess.set(await askNotificationAccess());
}
