import { showAlert } from './alert';
import { OFFLINE_TEXT, sendFrame } from './socket';
import { stopAgentTyping } from './typing';

/** Tells the relay this conversation is done; it leaves "Mine" when the relay sends `closed`. */
export function resolveConversation(conversationId: string): void {
  stopAgentTyping(conversationId);
  if (!sendFrame({ type: 'resolve', conversationId })) showAlert(OFFLINE_TEXT);
}
