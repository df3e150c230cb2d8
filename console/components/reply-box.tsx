import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { $drafts, sendDraft, setDraft } from '../stores/drafts';

/** The Reply box: Enter sends, Shift+Enter adds a line; focused when a conversation opens. */
export function ReplyBox({ conversationId }: { conversationId: string }) {
  const draft = useStore($drafts)[conversationId] ?? '';
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), [conversationId]);
  return (
    <form
      class="reply"
      onSubmit={(event) => {
        event.preventDefault();
        sendDraft(conversationId);
      }}
    >
      <textarea
        ref={ref}
        class="reply-input"
        aria-label="Reply"
        rows={3}
        placeholder="Write a reply…"
        value={draft}
        onInput={(event) => setDraft(conversationId, event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            sendDraft(conversationId);
          }
        }}
      />
      <div class="reply-bar">
        <span class="hint">Enter to send · Shift+Enter for a new line</span>
        <button type="submit" class="btn btn-primary">
          Send
        </button>
      </div>
    </form>
  );
}
