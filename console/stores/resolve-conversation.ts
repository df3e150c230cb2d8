import { sendFrame } from './socket';
import { stopAgentTyping } from './typing';

/** Tells the relay this conversation is done; it leaves "Mine" when the relay sends `closed`. */
export function resolveConversation(conversationId: string): void {
  stopAgentTyping(conversationId);
  sendFrame({ type: 'resolve', conversationId });
}
