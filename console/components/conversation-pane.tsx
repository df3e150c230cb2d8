import { useStore } from '@nanostores/preact';
import { $selected } from '../stores/selection';
import { ConversationFacts } from './conversation-facts';
import { ConversationHeader } from './conversation-header';
import { ReplyBox } from './reply-box';
import { Transcript } from './transcript';
import { TypingLine } from './typing-line';

/** The right-hand pane: the open conversation with its context, transcript and reply box. */
export function ConversationPane() {
  const selected = useStore($selected);
  if (!selected) {
    return (
      <div class="pane-empty">
        <h2>No conversation open</h2>
        <p class="muted">Pick a visitor under Waiting to read what happened so far, then Accept to take over.</p>
      </div>
    );
  }
  const { view, place } = selected;
  return (
    <article class="conversation" aria-labelledby="conversation-title">
      <ConversationHeader view={view} place={place} />
      <div class="conversation-body">
        <div class="conversation-main">
          <Transcript view={view} />
          <TypingLine conversationId={view.conversationId} />
          {place === 'mine' ? (
            <ReplyBox conversationId={view.conversationId} />
          ) : (
            <p class="readonly">
              {place === 'queue'
                ? 'Read-only: accept this conversation to reply.'
                : 'This conversation is no longer waiting.'}
            </p>
          )}
        </div>
        <ConversationFacts view={view} />
      </div>
    </article>
  );
}
