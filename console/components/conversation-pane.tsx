import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { holderLabel } from '../lib/holder-label';
import { $agent } from '../stores/agent';
import { $roster } from '../stores/roster';
import { $selected, type Place } from '../stores/selection';
import { $view } from '../stores/view';
import { ConversationFacts } from './conversation-facts';
import { ConversationHeader } from './conversation-header';
import { HandoverNote } from './handover-note';
import { ReplyBox } from './reply-box';
import { Transcript } from './transcript';
import { TypingLine } from './typing-line';
import { tabId } from './view-tabs';

const readOnlyText: Record<Exclude<Place, 'mine' | 'other'>, string> = {
  queue: 'Read-only: accept this conversation to reply.',
  gone: 'This conversation is no longer waiting.',
};

/**
 * The right-hand pane: the open conversation with the previous agent's note and the context first,
 * then the transcript and the reply box. When it closes under the agent, focus goes to the view's tab.
 */
export function ConversationPane() {
  const selected = useStore($selected);
  const roster = useStore($roster);
  const me = useStore($agent)?.id;
  const open = useRef(false);
  useEffect(() => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (open.current && !selected && lost) document.getElementById(tabId($view.get()))?.focus();
    open.current = !!selected;
  }, [selected?.view.conversationId]);
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
      {view.note && <HandoverNote note={view.note} />}
      <div class="conversation-body">
        <ConversationFacts view={view} />
        <div class="conversation-main">
          <Transcript view={view} />
          <TypingLine conversationId={view.conversationId} />
          {place === 'mine' ? (
            <ReplyBox conversationId={view.conversationId} />
          ) : (
            <p class="readonly">
              {place === 'other' ? `Read-only: ${holderLabel(view, roster, me)} has this conversation.` : readOnlyText[place]}
            </p>
          )}
        </div>
      </div>
    </article>
  );
}
