import { useStore } from '@nanostores/preact';
import { $notificationAccess, enableNotifications } from '../stores/notifications';

/** "Enable notifications" until the agent answers the browser's prompt; never asks on its own. */
export function NotificationButton() {
  const access = useStore($notificationAccess);
  if (access === 'default') {
    return (
      <button type="button" class="btn btn-small btn-outline" onClick={() => void enableNotifications()}>
        Enable notifications
      </button>
    );
  }
  if (access === 'denied') {
    return (
      <span class="presence" title="Allow notifications for this site in the browser's settings to be told of new visitors">
        Notifications blocked
      </span>
    );
  }
  return null;
}
