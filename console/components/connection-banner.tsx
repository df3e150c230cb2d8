import { useStore } from '@nanostores/preact';
import { $connection, reconnect } from '../stores/connection';

/** A strip under the header while the relay link is not live. */
export function ConnectionBanner() {
  const state = useStore($connection);
  if (state === 'online' || state === 'signed-out') return null;
  if (state === 'replaced') {
    return (
      <div class="banner banner-warn" role="status">
        <span>This console was opened in another window, so this one stopped.</span>
        <button type="button" class="btn btn-small" onClick={reconnect}>
          Use here
        </button>
      </div>
    );
  }
  return (
    <div class="banner" role="status">
      <span class="spinner" aria-hidden="true" />
      {state === 'connecting' ? 'Connecting to the relay…' : 'Connection lost. Reconnecting…'}
    </div>
  );
}
