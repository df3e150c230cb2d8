import { useStore } from '@nanostores/preact';
import { $visitorTyping } from '../stores/typing';

/** "Visitor is typing…" under the transcript while they type. */
export function TypingLine({ conversationId }: { conversationId: string }) {
  const typing = useStore($visitorTyping)[conversationId];
  return <p class="typing">{typing ? 'Visitor is typing…' : ''}</p>;
}
