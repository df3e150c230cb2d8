import { atom } from 'nanostores';
import { newClientId } from '../lib/new-client-id';
import { $agent } from './agent';
import { appendEntry } from './conversations';
import { sendFrame } from './socket';

/** A reply sent but not yet confirmed by the relay. */
export interface PendingReply {
  clientId: string;
  conversationId: string;
  text: string;
  at: number;
  /** The relay answered this reply with an error. */
  failed?: boolean;
}

/** Replies on their way, shown greyed in the transcript until the relay confirms them. */
export const $outbox = atom<PendingReply[]>([]);

function send(reply: PendingReply): void {
  sendFrame({ type: 'reply', conversationId: reply.conversationId, clientId: reply.clientId, text: reply.text });
}

/** Sends a reply with a fresh clientId; returns false (and sends nothing) for blank text. */
export function sendReply(conversationId: string, text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  const reply: PendingReply = { clientId: newClientId(), conversationId, text: trimmed, at: Date.now() };
  $outbox.set([...$outbox.get(), reply]);
  send(reply);
  return true;
}

/** Drops a pending reply because its entry arrived. */
export function settleReply(clientId: string): void {
  const outbox = $outbox.get();
  if (outbox.some((r) => r.clientId === clientId)) $outbox.set(outbox.filter((r) => r.clientId !== clientId));
}

/** Turns an `ack` into a transcript line (the relay may or may not echo it as an entry). */
export function confirmReply(clientId: string, seq: number): void {
  const reply = $outbox.get().find((r) => r.clientId === clientId);
  if (!reply) return;
  appendEntry(reply.conversationId, { seq, role: 'agent', text: reply.text, at: reply.at, clientId, author: $agent.get()?.label });
  settleReply(clientId);
}

/** Marks a reply the relay refused; returns whether the clientId was one of ours. */
export function failReply(clientId: string): boolean {
  const outbox = $outbox.get();
  if (!outbox.some((r) => r.clientId === clientId)) return false;
  $outbox.set(outbox.map((r) => (r.clientId === clientId ? { ...r, failed: true } : r)));
  return true;
}

/** Sends every unconfirmed reply again with its own clientId, so the relay can drop duplicates. */
export function resendPending(): void {
  for (const reply of $outbox.get()) if (!reply.failed) send(reply);
}

/** Drops pending replies of one conversation, or all of them when no id is given. */
export function forgetReplies(conversationId?: string): void {
  $outbox.set(conversationId ? $outbox.get().filter((r) => r.conversationId !== conversationId) : []);
}
