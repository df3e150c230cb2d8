import type { ConversationView } from '../../protocol/agent-frames';
import { safeHref } from '../lib/safe-href';

/** The context column: the three-line summary, why a person is needed, and what we know of the visitor. */
export function ConversationFacts({ view }: { view: ConversationView }) {
  const { visitor, status, summary } = view;
  const pageHref = safeHref(visitor.page?.url);
  const pageText = visitor.page?.title || visitor.page?.url;
  return (
    <aside class="facts" aria-label="Context">
      {summary.length > 0 && (
        <section class="facts-card" aria-labelledby="summary-title">
          <h3 id="summary-title">Summary</h3>
          <ul class="summary">
            {summary.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </section>
      )}
      {status.reason && (
        <section class="facts-card" aria-labelledby="reason-title">
          <h3 id="reason-title">Why a person</h3>
          <p class="reason-label">{status.reason.label}</p>
          {status.reason.evidence && <p class="evidence">{status.reason.evidence}</p>}
        </section>
      )}
      <section class="facts-card" aria-labelledby="visitor-title">
        <h3 id="visitor-title">Visitor</h3>
        <dl class="facts-list">
          {visitor.name && (
            <>
              <dt>Name</dt>
              <dd>{visitor.name}</dd>
            </>
          )}
          {visitor.email && (
            <>
              <dt>Email</dt>
              <dd>{visitor.email}</dd>
            </>
          )}
          {pageText && (
            <>
              <dt>Page</dt>
              <dd>
                {pageHref ? (
                  <a href={pageHref} target="_blank" rel="noopener noreferrer" title={visitor.page?.url}>
                    {pageText}
                  </a>
                ) : (
                  pageText
                )}
              </dd>
            </>
          )}
          {visitor.lang && (
            <>
              <dt>Language</dt>
              <dd>{visitor.lang}</dd>
            </>
          )}
          <dt>Conversation</dt>
          <dd class="mono">{view.conversationId}</dd>
        </dl>
      </section>
    </aside>
  );
}
