import { dismissAlert, showAlert } from './alert';
import { selectConversation } from './selection';
import { OFFLINE_TEXT, sendFrame } from './socket';

/** Asks the relay for a waiting conversation and opens it; it moves to "Mine" when the relay confirms. */
export function acceptConversation(conversationId: string): void {
  dismissAlert();
  selectConversation(conversationId);
  if (!sendFrame({ type: 'accept', conversationId })) showAlert(OFFLINE_TEXT);
}
