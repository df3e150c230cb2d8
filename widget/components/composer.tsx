import { useEffect, useRef, useState } from 'preact/hooks';
import { useChat } from '../chat-context';
import { SendIcon } from './icons';

/** The message box and Send button: Enter sends, Shift+Enter adds a line; focused when the panel opens, cleared once a message is queued; each edit tells the chat the visitor is typing. */
export function Composer() {
  const chat = useChat();
  const [text, setText] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    // Grow with the text up to the CSS max-height, then scroll.
    const el = input.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [text]);

  const submit = () => {
    if (chat.send(text)) setText('');
  };

  return (
    <form
      class="composer"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <textarea
        ref={input}
        aria-label="Message"
        placeholder="Write a message…"
        rows={1}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          chat.noteTyping(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
            e.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" class="send" aria-label="Send">
        <SendIcon />
      </button>
    </form>
  );
}
