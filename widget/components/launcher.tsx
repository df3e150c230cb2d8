import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';
import { ChatIcon, CloseIcon } from './icons';
import { PANEL_ID } from './panel';

/** The round button in the corner: "Open chat" when the panel is closed, "Close chat" when it is open. */
export function Launcher() {
  const chat = useChat();
  const open = useStore(chat.$open);
  return (
    <button
      type="button"
      class="launcher"
      aria-label={open ? 'Close chat' : 'Open chat'}
      aria-expanded={open}
      aria-controls={open ? PANEL_ID : undefined}
      onClick={() => chat.toggle()}
    >
      {open ? <CloseIcon size={24} /> : <ChatIcon />}
    </button>
  );
}
