import { atom } from 'nanostores';

/** A passing status line (rendered in role="status"), such as "Conversation resolved". */
export const $notice = atom<string | null>(null);

let timer: ReturnType<typeof setTimeout> | undefined;

/** Shows a status line that clears itself after `ms` (default 6000). */
export function showNotice(text: string, ms = 6000): void {
  clearTimeout(timer);
  $notice.set(text);
  timer = setTimeout(() => $notice.set(null), ms);
}

/** Clears the status line now. */
export function clearNotice(): void {
  clearTimeout(timer);
  $notice.set(null);
}
