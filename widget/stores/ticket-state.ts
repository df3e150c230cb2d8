import type { Entry } from '../../protocol/entry';
import type { OutboxItem } from './outbox-item';

/** Where the offline form stands: nothing sent, a ticket in flight, or confirmed by the relay. */
export type TicketState = 'none' | 'sending' | 'sent';

/**
 * `sending` while a ticket is in the outbox; `sent` once a `ticket` entry follows the latest
 * `offline` or `timeout` entry (each asks for an email afresh); else `none`.
 */
export function ticketState(entries: readonly Entry[], outbox: readonly OutboxItem[]): TicketState {
  if (outbox.some((item) => item.type === 'ticket')) return 'sending';
  for (let i = entries.length - 1; i >= 0; i--) {
    const kind = entries[i].kind;
    if (kind === 'ticket') return 'sent';
    if (kind === 'offline' || kind === 'timeout') return 'none';
  }
  return 'none';
}
