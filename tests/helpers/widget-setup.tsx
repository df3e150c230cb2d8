import { render, screen } from '@testing-library/preact';
import { ChatContext } from '../../widget/chat-context';
import { App } from '../../widget/components/app';
import { createChat, type Chat } from '../../widget/stores/create-chat';
import { fakeSockets, type SentFrame } from './widget-fake-socket';
import { RELAY, welcome } from './widget-frames';

/** A chat on a fake socket, connected and welcomed unless `welcomed: false`. */
export function startChat({ welcomed = true } = {}) {
  const net = fakeSockets();
  const chat = createChat({ relayUrl: RELAY, WebSocket: net.WebSocket });
  chat.connect();
  if (welcomed) {
    net.latest.open();
    net.latest.receive(welcome());
  }
  return { chat, net };
}

/** Renders the whole widget for a chat. */
export function renderWidget(chat: Chat) {
  return render(
    <ChatContext.Provider value={chat}>
      <App />
    </ChatContext.Provider>,
  );
}

/** Frames of one type the socket sent. */
export function sentOfType(frames: SentFrame[], type: string): SentFrame[] {
  return frames.filter((frame) => frame.type === type);
}

/** A welcomed chat, opened and rendered; resolves once the panel is on screen. */
export async function openWidget() {
  const started = startChat();
  started.chat.open();
  renderWidget(started.chat);
  await screen.findByRole('dialog');
  return started;
}
