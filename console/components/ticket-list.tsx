import { useStore } from '@nanostores/preact';
import { $now } from '../stores/clock';
import { $selectedTicketId, $showHandled, $tickets, $visibleTickets, selectTicket, setShowHandled } from '../stores/tickets';
import { TicketItem } from './ticket-item';

/** The "Tickets" view: offline requests for an email reply, open ones first in mind; handled ones on request. */
export function TicketList() {
  const all = useStore($tickets);
  const tickets = useStore($visibleTickets);
  const showHandled = useStore($showHandled);
  const selectedId = useStore($selectedTicketId);
  const now = useStore($now);
  return (
    <>
      <div class="list-tools">
        <label class="check">
          <input type="checkbox" checked={showHandled} onChange={(event) => setShowHandled(event.currentTarget.checked)} />
          Show handled
        </label>
      </div>
      {tickets.length ? (
        <ul class="item-list" aria-label="Tickets">
          {tickets.map((ticket) => (
            <TicketItem key={ticket.id} ticket={ticket} selected={ticket.id === selectedId} now={now} onOpen={() => selectTicket(ticket.id)} />
          ))}
        </ul>
      ) : (
        <p class="empty">{all.length ? 'Every ticket is handled' : 'No tickets yet'}</p>
      )}
    </>
  );
}
