import { useStore } from '@nanostores/preact';
import type { TicketView } from '../../protocol/agent-frames';
import { formatAgo } from '../lib/format-ago';
import { $now } from '../stores/clock';
import { markTicketHandled } from '../stores/mark-ticket-handled';
import { $selectedTicket } from '../stores/tickets';
import { ReasonCard } from './reason-card';
import { SummaryCard } from './summary-card';
import { TranscriptLine } from './transcript-line';
import { VisitorCard } from './visitor-card';

/** A mailto: link answering the ticket, with the question quoted; the address is encoded, never trusted as a URL. */
function replyHref(ticket: TicketView): string {
  const subject = encodeURIComponent('Re: your question');
  const body = ticket.question ? `&body=${encodeURIComponent(`\n\n> ${ticket.question.replace(/\n/g, '\n> ')}`)}` : '';
  return `mailto:${encodeURIComponent(ticket.email)}?subject=${subject}${body}`;
}

/** The open ticket: its question and context, the conversation it came from, Reply by email and Mark handled. */
export function TicketPane() {
  const ticket = useStore($selectedTicket);
  const now = useStore($now);
  if (!ticket) {
    return (
      <div class="pane-empty">
        <h2>No ticket open</h2>
        <p class="muted">Pick a ticket to read the question and the conversation before it, reply by email, then mark it handled.</p>
      </div>
    );
  }
  return (
    <article class="conversation" aria-labelledby="ticket-title">
      <header class="conversation-header">
        <div class="conversation-heading">
          <h2 id="ticket-title">{ticket.name || ticket.email}</h2>
          <div class="conversation-meta">
            {ticket.name && <span class="state-tag">{ticket.email}</span>}
            <span class="reason-tag">{ticket.reason.label}</span>
            <span class="state-tag">Left {formatAgo(ticket.createdAt, now)}</span>
            {ticket.handled && <span class="badge badge-handled">Handled</span>}
          </div>
        </div>
        <div class="conversation-actions">
          <a class="btn btn-outline" href={replyHref(ticket)}>
            Reply by email
          </a>
          {!ticket.handled && (
            <button type="button" class="btn btn-primary" onClick={() => markTicketHandled(ticket.id)}>
              Mark handled
            </button>
          )}
        </div>
      </header>
      <div class="conversation-body">
        <aside class="facts" aria-label="Ticket details">
          <section class="facts-card" aria-labelledby="question-title">
            <h3 id="question-title">Question</h3>
            <p class="question">{ticket.question || 'No question written'}</p>
          </section>
          <VisitorCard visitor={ticket.visitor} fallback={{ name: ticket.name, email: ticket.email, page: ticket.page }} />
          <SummaryCard lines={ticket.summary} />
          <ReasonCard reason={ticket.reason} />
        </aside>
        <div class="conversation-main">
          <div class="log" role="log" aria-label="Transcript" tabIndex={0}>
            {ticket.transcript.length === 0 && <p class="empty">No messages.</p>}
            {ticket.transcript.map((entry) => (
              <TranscriptLine key={entry.seq} entry={entry} />
            ))}
          </div>
        </div>
      </div>
    </article>
  );
}
