import { batch } from 'nanostores';
import type { ServerToAgent } from '../../protocol/agent-frames';
import { errorText } from '../lib/error-text';
import { adoptAgent, applyPresence } from './agent';
import { showAlert } from './alert';
import { appendEntry, removeConversation, replaceAll, replaceQueue, upsertConversation } from './conversations';
import { showNotice } from './notice';
import { confirmReply, failReply, forgetReplies, resendPending, settleReply } from './outbox';
import { $selectedId, clearSelection } from './selection';
import { setVisitorTyping, stopAgentTyping } from './typing';

/** Applies one relay frame to the console's stores. */
export function receiveFrame(frame: ServerToAgent): void {
  switch (frame.type) {
    case 'welcome':
      batch(() => {
        adoptAgent(frame.agent, frame.available);
        replaceAll(frame.queue, frame.mine, $selectedId.get());
      });
      resendPending();
      return;
    case 'queue':
      replaceQueue(frame.items, $selectedId.get());
      return;
    case 'conversation':
      upsertConversation(frame.conversation);
      return;
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
    case 'closed':
      batch(() => {
        if ($selectedId.get() === frame.conversationId) {
          clearSelection();
          showNotice(frame.reason === 'resolved' ? 'Conversation resolved' : 'That conversation is no longer yours');
        }
        stopAgentTyping(frame.conversationId);
        setVisitorTyping(frame.conversationId, false);
        forgetReplies(frame.conversationId);
        removeConversation(frame.conversationId);
      });
      return;
    case 'presence':
      applyPresence(frame.available, frame.agentsAvailable);
      return;
    case 'error':
      if (frame.clientId) failReply(frame.clientId);
      showAlert(errorText(frame));
      return;
  }
}
