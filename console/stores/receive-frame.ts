import { batch } from 'nanostores';
import type { ServerToAgent } from '../../protocol/agent-frames';
import { closedNotice } from '../lib/closed-notice';
import { errorText } from '../lib/error-text';
import { visitorName } from '../lib/visitor-name';
import { takeAccepted } from './accept-conversation';
import { $agent, adoptAgent, applyPresence, setAgentsAvailable } from './agent';
import { showAlert } from './alert';
import { announceArrivals, announceTransferredIn } from './arrivals';
import {
  $conversations,
  $mineIds,
  $queueIds,
  appendEntry,
  removeFromMine,
  replaceAll,
  replaceAllOpen,
  replaceQueue,
  upsertConversation,
} from './conversations';
import { applyMetrics, requestMetrics } from './metrics';
import { showNotice } from './notice';
import { confirmReply, failReply, forgetReplies, resendPending, settleReply } from './outbox';
import { applyRoster } from './roster';
import { $selectedId, clearSelection } from './selection';
import { replaceTickets } from './tickets';
import { takeTransferTarget } from './transfer';
import { setVisitorTyping, stopAgentTyping } from './typing';
import { $view, openView } from './view';

/** Applies one relay frame to the console's stores. */
export function receiveFrame(frame: ServerToAgent): void {
  switch (frame.type) {
    case 'welcome': {
      const reconnected = $agent.get() !== null;
      const queueBefore = $queueIds.get();
      batch(() => {
        adoptAgent(frame.agent, frame.available);
        if (frame.agentsAvailable !== undefined) setAgentsAvailable(frame.agentsAvailable);
        replaceAll(frame, $selectedId.get());
        replaceTickets(frame.tickets ?? []);
        if (frame.roster) applyRoster(frame.roster);
      });
      resendPending();
      // Only a reconnect can have missed arrivals; on the first welcome everyone waiting is known.
      if (reconnected) announceArrivals(queueBefore);
      if ($view.get() === 'metrics') requestMetrics();
      return;
    }
    case 'queue': {
      const before = $queueIds.get();
      replaceQueue(frame.items, $selectedId.get());
      announceArrivals(before);
      return;
    }
    case 'conversation': {
      const id = frame.conversation.conversationId;
      const wasMine = $mineIds.get().includes(id);
      upsertConversation(frame.conversation);
      if (wasMine || !$mineIds.get().includes(id)) return;
      // Accepted here: follow it to Mine. Given by someone else: say so.
      if (takeAccepted(id)) {
        if ($view.get() === 'waiting' && $selectedId.get() === id) openView('mine');
      } else {
        announceTransferredIn(frame.conversation);
      }
      return;
    }
    case 'entry':
      batch(() => {
        appendEntry(frame.conversationId, frame.entry);
        if (frame.entry.clientId) settleReply(frame.entry.clientId);
        if (frame.entry.role === 'visitor') setVisitorTyping(frame.conversationId, false);
      });
      return;
    case 'ack':
      confirmReply(frame.clientId, frame.seq);
      return;
    case 'typing':
      setVisitorTyping(frame.conversationId, frame.on);
      return;
    case 'closed': {
      const id = frame.conversationId;
      const view = $conversations.get()[id];
      const wasOpen = $selectedId.get() === id;
      const notice = closedNotice(frame.reason, view ? visitorName(view) : 'the visitor', wasOpen, takeTransferTarget(id));
      batch(() => {
        if (wasOpen) clearSelection();
        stopAgentTyping(id);
        setVisitorTyping(id, false);
        forgetReplies(id);
        removeFromMine(id);
      });
      if (notice) showNotice(notice);
      return;
    }
    case 'tickets':
      replaceTickets(frame.items);
      return;
    case 'all-open':
      replaceAllOpen(frame.items, $selectedId.get());
      return;
    case 'metrics':
      applyMetrics(frame.metrics);
      return;
    case 'roster':
      applyRoster(frame.roster);
      return;
    case 'presence':
      applyPresence(frame.available, frame.agentsAvailable);
      return;
    case 'error':
      if (frame.clientId) failReply(frame.clientId);
      // A refused accept or transfer is no longer on its way.
      if (frame.conversationId) {
        takeAccepted(frame.conversationId);
        takeTransferTarget(frame.conversationId);
      }
      showAlert(errorText(frame));
      return;
  }
}
