import { useStore } from '@nanostores/preact';
import { $notice } from '../stores/notice';

/** A polite live region for passing news ("Conversation resolved"); always present so it is announced. */
export function NoticeLine() {
  const notice = useStore($notice);
  return (
    <p role="status" class={notice ? 'toast is-shown' : 'toast'}>
      {notice ?? ''}
    </p>
  );
}
