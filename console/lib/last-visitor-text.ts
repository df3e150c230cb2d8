import type { Entry } from '../../protocol/entry';

/** The visitor's most recent message, as a one-line preview; empty when they wrote nothing yet. */
export function lastVisitorText(entries: readonly Entry[]): string {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].role === 'visitor') return entries[i].text.replace(/\s+/g, ' ').trim();
  }
  return '';
}
