import { dismissAlert } from './alert';
import { selectConversation } from './selection';
import { sendFrame } from './socket';

/** Asks the relay for a waiting conversation and opens it; it moves to "Mine" when the relay confirms. */
export function acceptConversation(conversationId: string): void {
  dismissAlert();
  selectConversation(conversationId);
  sendFrame({ type: 'accept', conversationId });
}
