import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';

/** The always-visible "Talk to a person" button; disabled (still shown) while queued, with an agent, or while the request is in flight. */
export function TalkToPerson() {
  const chat = useChat();
  const enabled = useStore(chat.$canRequestPerson);
  return (
    <button type="button" class="person" disabled={!enabled} onClick={() => chat.requestPerson()}>
      <span class="person-dot" aria-hidden="true" />
      Talk to a person
    </button>
  );
}
