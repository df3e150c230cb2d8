import { useStore } from '@nanostores/preact';
import { useChat } from '../chat-context';
import { Launcher } from './launcher';
import { Panel } from './panel';

/** The whole widget: the panel when open, the launcher always; the accent colour from settings becomes `--baton-accent`. */
export function App() {
  const chat = useChat();
  const open = useStore(chat.$open);
  const settings = useStore(chat.$settings);
  return (
    <div class="baton" style={settings?.color ? { '--baton-accent': settings.color } : undefined}>
      {open ? <Panel /> : null}
      <Launcher />
    </div>
  );
}
