import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';

/** A thin strip while the relay is unreachable: "Connecting…" before the first welcome, "Reconnecting…" after. Nothing when connected. */
export function ConnectionIndicator() {
  const chat = useChat();
  const connection = useStore(chat.$connection);
  const settings = useStore(chat.$settings);
  if (connection === 'open') return null;
  return (
    <div class="connection" role="status">
      <span class="spinner" aria-hidden="true" />
      {settings ? 'Reconnecting…' : 'Connecting…'}
    </div>
  );
}
