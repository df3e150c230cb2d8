import { $queue } from './conversations';

const BASE = 'Baton — Agent console';

/** Keeps the tab title counting waiting visitors, e.g. "(2) Baton — Agent console"; returns the unbind. */
export function syncDocumentTitle(doc: Document = document): () => void {
  return $queue.subscribe((queue) => {
    doc.title = queue.length ? `(${queue.length}) ${BASE}` : BASE;
  });
}
