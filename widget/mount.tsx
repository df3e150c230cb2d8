import { render } from 'preact';
import { ChatContext } from './chat-context';
import { App } from './components/app';
import { createChat, type Chat, type ChatOptions } from './stores/create-chat';
import css from './styles.css?inline';

/** A mounted widget: its chat, its host element, and how to take it all down again. */
export interface MountedWidget {
  chat: Chat;
  host: HTMLElement;
  unmount(): void;
}

/**
 * Appends a `<baton-widget>` host to `document.body`, renders the widget inside its open shadow
 * root with its own stylesheet (page CSS cannot reach in, ours cannot leak out), and connects.
 * Takes the same options as `createChat` (defaults: global WebSocket, localStorage).
 */
export function mount(options: ChatOptions): MountedWidget {
  const chat = createChat(options);
  const host = document.createElement('baton-widget');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.appendChild(host);
  render(
    <ChatContext.Provider value={chat}>
      <App />
    </ChatContext.Provider>,
    container,
  );
  chat.connect();
  return {
    chat,
    host,
    unmount() {
      render(null, container);
      chat.disconnect();
      host.remove();
    },
  };
}
