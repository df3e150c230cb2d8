import type { Entry } from '../../protocol/entry';
import type { OutboxItem } from './outbox-item';

/** A thumbs-up or thumbs-down. */
export type Rating = 'up' | 'down';

const FEEDBACK_ID = /^feedback:(\d+):(up|down)$/;

/**
 * The clientId of the feedback frame for the bot answer at `seq`. The relay stores it on the
 * feedback entry, which names neither answer nor value: the id is how a reload knows both.
 */
export function feedbackClientId(seq: number, value: Rating): string {
  return `feedback:${seq}:${value}`;
}

/** Reads a clientId made by {@link feedbackClientId}; null for any other id. */
export function readFeedbackClientId(clientId: string | undefined): { seq: number; value: Rating } | null {
  const match = clientId ? FEEDBACK_ID.exec(clientId) : null;
  return match ? { seq: Number(match[1]), value: match[2] as Rating } : null;
}

/** Each rated bot answer's seq and the visitor's choice, from stored feedback entries and feedback still in the outbox; the first choice wins. */
export function ratingsOf(entries: readonly Entry[], outbox: readonly OutboxItem[]): Map<number, Rating> {
  const ratings = new Map<number, Rating>();
  const ids = [...entries.filter((entry) => entry.kind === 'feedback').map((entry) => entry.clientId), ...outbox.filter((item) => item.type === 'feedback').map((item) => item.clientId)];
  for (const id of ids) {
    const rating = readFeedbackClientId(id);
    if (rating && !ratings.has(rating.seq)) ratings.set(rating.seq, rating.value);
  }
  return ratings;
}
