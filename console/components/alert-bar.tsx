import { useStore } from '@nanostores/preact';
import { $alert, dismissAlert } from '../stores/alert';

/** The current error, announced with role="alert", with a Dismiss button. */
export function AlertBar() {
  const alert = useStore($alert);
  if (!alert) return null;
  return (
    <div class="alert-bar">
      <p role="alert" class="alert-text">
        {alert}
      </p>
      <button type="button" class="btn btn-small btn-ghost" onClick={dismissAlert}>
        Dismiss
      </button>
    </div>
  );
}
