import { atom } from 'nanostores';
import { sendReply, settleReply, type PendingReply } from './outbox';
import { noteAgentTyping, stopAgentTyping } from './typing';

/** What the agent has typed but not sent, per conversation, so switching conversations keeps it. */
export const $drafts = atom<Record<string, string>>({});

/** Updates the Reply text for a conversation and tells the relay the agent is typing. */
export function setDraft(conversationId: string, text: string): void {
  $drafts.set({ ...$drafts.get(), [conversationId]: text });
  if (text.trim()) noteAgentTyping(conversationId);
  else stopAgentTyping(conversationId);
}

/** Sends the draft as a reply and empties it; blank drafts send nothing. */
export function sendDraft(conversationId: string): void {
  const text = $drafts.get()[conversationId] ?? '';
  if (!sendReply(conversationId, text)) return;
  stopAgentTyping(conversationId);
  const { [conversationId]: _sent, ...rest } = $drafts.get();
  $drafts.set(rest);
}

/** Forgets drafts, on sign-out. */
export function forgetDrafts(): void {
  $drafts.set({});
}

/** Puts a refused reply back into Reply so the agent can fix and resend it. */
export function editFailedReply(reply: PendingReply): void {
  settleReply(reply.clientId);
  $drafts.set({ ...$drafts.get(), [reply.conversationId]: reply.text });
}
