import { batch } from 'nanostores';
import { forgetAgent } from './agent';
import { dismissAlert } from './alert';
import { forgetConversations } from './conversations';
import { forgetDrafts } from './drafts';
import { clearNotice } from './notice';
import { forgetReplies } from './outbox';
import { clearSelection } from './selection';
import { forgetTyping } from './typing';

/** Clears everything learned from the relay, so a new sign-in starts empty. */
export function forgetSession(): void {
  batch(() => {
    clearSelection();
    forgetConversations();
    forgetReplies();
    forgetDrafts();
    forgetTyping();
    forgetAgent();
    dismissAlert();
    clearNotice();
  });
}
