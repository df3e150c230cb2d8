import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';

/** "<Agent> is typing…" with animated dots while the agent types; nothing otherwise. */
export function TypingIndicator() {
  const chat = useChat();
  const typing = useStore(chat.$typing);
  if (!typing) return null;
  return (
    <div class="typing">
      <span class="dots" aria-hidden="true">
        <i />
        <i />
        <i />
      </span>
      {`${typing.author || 'Someone'} is typing…`}
    </div>
  );
}
