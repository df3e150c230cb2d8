import type { TicketView } from '../../protocol/agent-frames';
import { formatAgo } from '../lib/format-ago';

/** One ticket in the list: who, their question, why, and when; handled ones greyed with a "Handled" label. */
export function TicketItem({ ticket, selected, now, onOpen }: { ticket: TicketView; selected: boolean; now: number; onOpen: () => void }) {
  const classes = ['item', selected && 'is-selected', ticket.handled && 'is-handled'].filter(Boolean).join(' ');
  return (
    <li class={classes}>
      <button type="button" class="item-open" aria-current={selected ? 'true' : undefined} onClick={onOpen}>
        <span class="item-top">
          <span class="item-name">{ticket.name || ticket.email}</span>
          <time class="wait" dateTime={new Date(ticket.createdAt).toISOString()}>
            {formatAgo(ticket.createdAt, now)}
          </time>
        </span>
        <span class="item-tags">
          <span class="reason-tag">{ticket.reason.label}</span>
          {ticket.handled && <span class="badge badge-handled">Handled</span>}
        </span>
        {ticket.name && <span class="item-sub">{ticket.email}</span>}
        <span class="item-preview">{ticket.question || ticket.summary[0] || 'No question written'}</span>
      </button>
    </li>
  );
}
