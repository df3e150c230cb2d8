import { atom } from 'nanostores';
import { showAlert } from './alert';
import { OFFLINE_TEXT, sendFrame } from './socket';
import { stopAgentTyping } from './typing';

/** Where a conversation is handed: an agent or a team, by id, with the words to show for it. */
export interface TransferTarget {
  kind: 'agent' | 'team';
  id: string;
  label: string;
}

/** Transfers sent and not yet confirmed by `closed`: conversation id → where it went, for the notice. */
export const $transfersSent = atom<Record<string, string>>({});

/**
 * Hands a conversation to another agent or team with a note (`transfer`); it leaves "Mine" when the
 * relay sends `closed` with reason 'transferred'. Returns false, with an alert, while offline.
 */
export function transferConversation(conversationId: string, target: TransferTarget, note: string): boolean {
  stopAgentTyping(conversationId);
  const to = target.kind === 'agent' ? { toAgentId: target.id } : { toTeamId: target.id };
  if (!sendFrame({ type: 'transfer', conversationId, ...to, note: note.trim() })) {
    showAlert(OFFLINE_TEXT);
    return false;
  }
  $transfersSent.set({ ...$transfersSent.get(), [conversationId]: target.label });
  return true;
}

/** Where this console sent a conversation, forgetting it; undefined when the transfer came from elsewhere. */
export function takeTransferTarget(conversationId: string): string | undefined {
  const { [conversationId]: label, ...rest } = $transfersSent.get();
  if (label !== undefined) $transfersSent.set(rest);
  return label;
}

/** Forgets transfers in flight, on sign-out. */
export function forgetTransfers(): void {
  $transfersSent.set({});
}
