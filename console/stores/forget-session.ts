import { batch } from 'nanostores';
import { forgetAccepting } from './accept-conversation';
import { forgetAgent } from './agent';
import { dismissAlert } from './alert';
import { forgetConversations } from './conversations';
import { forgetDrafts } from './drafts';
import { forgetMetrics } from './metrics';
import { clearNotice } from './notice';
import { forgetReplies } from './outbox';
import { forgetRoster } from './roster';
import { clearSelection } from './selection';
import { forgetTickets } from './tickets';
import { forgetTransfers } from './transfer';
import { forgetTyping } from './typing';
import { forgetView } from './view';

/** Clears everything learned from the relay, so a new sign-in starts empty. */
export function forgetSession(): void {
  batch(() => {
    clearSelection();
    forgetConversations();
    forgetReplies();
    forgetDrafts();
    forgetTyping();
    forgetAgent();
    forgetTickets();
    forgetRoster();
    forgetMetrics();
    forgetTransfers();
    forgetView();
    forgetAccepting();
    dismissAlert();
    clearNotice();
  });
}
