import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Chat } from './stores/create-chat';

/** The chat every component reads stores from and calls actions on; null outside a provider. */
export const ChatContext = createContext<Chat | null>(null);

/** The chat from the nearest {@link ChatContext} provider; throws when there is none. */
export function useChat(): Chat {
  const chat = useContext(ChatContext);
  if (!chat) throw new Error('Baton: a widget component was rendered outside <ChatContext.Provider>.');
  return chat;
}
