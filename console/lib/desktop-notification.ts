/** The browser's notification permission, or 'unsupported' where there is no Notification API. */
export type NotificationAccess = NotificationPermission | 'unsupported';

/** The current notification permission; 'unsupported' without the Notification API. */
export function notificationAccess(): NotificationAccess {
  return typeof Notification === 'undefined' ? 'unsupported' : Notification.permission;
}

/** Asks the browser for permission (call from a click); resolves to the answer, 'denied' on failure. */
export async function askNotificationAccess(): Promise<NotificationAccess> {
  if (typeof Notification === 'undefined') return 'unsupported';
  try {
    return await Notification.requestPermission();
  } catch {
    return 'denied';
  }
}

/**
 * Shows a system notification when permission was granted; `onClick` brings the console forward.
 * Uses one tag, so a burst of arrivals replaces rather than stacks. Returns whether one was shown.
 */
export function showDesktopNotification(title: string, body: string, onClick?: () => void): boolean {
  if (notificationAccess() !== 'granted') return false;
  try {
    const note = new Notification(title, { body, tag: 'baton-queue' });
    note.onclick = () => {
      window.focus();
      onClick?.();
      note.close();
    };
    return true;
  } catch {
    // Some browsers only allow notifications from a service worker; the chime and title still tell.
    return false;
  }
}
