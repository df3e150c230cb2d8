import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';

/** The last error, in an alert so screen readers announce it; nothing when there is none. */
export function ErrorNotice() {
  const chat = useChat();
  const error = useStore(chat.$error);
  return error ? (
    <p class="error" role="alert">
      {error}
    </p>
  ) : null;
}
