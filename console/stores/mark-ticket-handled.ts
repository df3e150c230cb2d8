import { showAlert } from './alert';
import { showNotice } from './notice';
import { OFFLINE_TEXT, sendFrame } from './socket';
import { setTicketHandled } from './tickets';

/** Tells the relay a ticket got its reply (`ticket-handled`) and greys it out here; says so when offline. */
export function markTicketHandled(ticketId: string): void {
  if (!sendFrame({ type: 'ticket-handled', ticketId })) {
    showAlert(OFFLINE_TEXT);
    return;
  }
  setTicketHandled(ticketId);
  showNotice('Ticket marked handled');
}
