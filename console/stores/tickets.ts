import { atom, computed } from 'nanostores';
import type { TicketView } from '../../protocol/agent-frames';

/** Offline requests for an email reply, open and handled, in the relay's order. */
export const $tickets = atom<TicketView[]>([]);

/** Whether handled tickets are listed too (default: only open ones). */
export const $showHandled = atom(false);

/** The tickets the list shows. */
export const $visibleTickets = computed([$tickets, $showHandled], (tickets, all) => (all ? tickets : tickets.filter((t) => !t.handled)));

/** How many tickets still need a reply. */
export const $openTicketCount = computed($tickets, (tickets) => tickets.filter((t) => !t.handled).length);

/** The ticket open in the right pane, or null. */
export const $selectedTicketId = atom<string | null>(null);

/** The open ticket, or null when none is open (or it is gone). */
export const $selectedTicket = computed([$tickets, $selectedTicketId], (tickets, id) => tickets.find((t) => t.id === id) ?? null);

/** Replaces the list with the relay's (`welcome` or `tickets`). */
export function replaceTickets(items: readonly TicketView[]): void {
  $tickets.set([...items]);
}

/** Lists handled tickets too, or hides them. */
export function setShowHandled(show: boolean): void {
  $showHandled.set(show);
}

/** Opens a ticket in the right pane. */
export function selectTicket(ticketId: string): void {
  $selectedTicketId.set(ticketId);
}

/** Marks a ticket handled here at once; the relay's next `tickets` frame has the last word. */
export function setTicketHandled(ticketId: string): void {
  $tickets.set($tickets.get().map((t) => (t.id === ticketId ? { ...t, handled: true } : t)));
}

/** Forgets tickets, on sign-out. */
export function forgetTickets(): void {
  $tickets.set([]);
  $showHandled.set(false);
  $selectedTicketId.set(null);
}
