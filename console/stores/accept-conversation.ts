import { atom } from 'nanostores';
import { dismissAlert, showAlert } from './alert';
import { selectConversation } from './selection';
import { OFFLINE_TEXT, sendFrame } from './socket';

/** Conversations this agent pressed Accept on that the relay has not confirmed yet, so their arrival in "Mine" is not news. */
export const $accepting = atom<string[]>([]);

/** Asks the relay for a waiting conversation and opens it; it moves to "Mine" when the relay confirms. */
export function acceptConversation(conversationId: string): void {
  dismissAlert();
  selectConversation(conversationId);
  if (!sendFrame({ type: 'accept', conversationId })) {
    showAlert(OFFLINE_TEXT);
    return;
  }
  if (!$accepting.get().includes(conversationId)) $accepting.set([...$accepting.get(), conversationId]);
}

/** Whether this agent asked for the conversation, forgetting the request; false for one given to them. */
export function takeAccepted(conversationId: string): boolean {
  const accepting = $accepting.get();
  if (!accepting.includes(conversationId)) return false;
  $accepting.set(accepting.filter((id) => id !== conversationId));
  return true;
}

/** Forgets pending accepts, on sign-out. */
export function forgetAccepting(): void {
  $accepting.set([]);
}
