import { useStore } from '@nanostores/preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useChat } from '../chat-context';
import { TranscriptLine } from './transcript-line';
import { TypingIndicator } from './typing-indicator';

/** The scrolling conversation (a polite live log), kept scrolled to the newest line, with the typing indicator under it. */
export function Transcript() {
  const chat = useChat();
  const items = useStore(chat.$transcript);
  const typing = useStore(chat.$typing);
  const scroller = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [items, typing]);
  // When the panel gives room to the offline form, the newest lines stay in view.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => {
      el.scrollTop = el.scrollHeight;
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return (
    <div class="scroller" ref={scroller}>
      <div class="log" role="log" aria-live="polite" aria-label="Conversation">
        {items.map((item) => (
          <TranscriptLine key={item.key} item={item} />
        ))}
      </div>
      <TypingIndicator />
    </div>
  );
}
