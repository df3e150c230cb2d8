import { Fragment } from 'preact';
import type { VisitorInfo } from '../../protocol/agent-frames';
import { safeHref } from '../lib/safe-href';

/** Props of {@link VisitorCard}. */
interface VisitorCardProps {
  visitor: VisitorInfo;
  /** What a ticket form collected, used when the visitor record has no name, email or page. */
  fallback?: { name?: string; email?: string; page?: string };
}

const attributeText = (value: string | number | boolean): string => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

/** How far to trust who the visitor says they are: signed by the site, claimed, or nothing at all. */
function IdentityBadge({ visitor, claimed }: { visitor: VisitorInfo; claimed: boolean }) {
  if (visitor.identity?.verified) {
    return (
      <span class="badge badge-verified" title="The site signed this identity">
        Verified
      </span>
    );
  }
  if (!visitor.identity && !claimed) return <span class="badge badge-plain">Anonymous</span>;
  return (
    <span class="badge badge-unverified" title="Not signed by the site: check who this is before sharing account details">
      Unverified
    </span>
  );
}

/** Who the visitor is: identity with a Verified / Unverified badge, VIP and Flagged, attributes, page and language. */
export function VisitorCard({ visitor, fallback = {} }: VisitorCardProps) {
  const identity = visitor.identity;
  const name = identity?.name || visitor.name || fallback.name;
  const email = identity?.email || visitor.email || fallback.email;
  const pageUrl = visitor.page?.url || fallback.page;
  const pageHref = safeHref(pageUrl);
  const pageText = visitor.page?.title || pageUrl;
  const attributes = Object.entries(identity?.attributes ?? {});
  return (
    <section class="facts-card" aria-labelledby="visitor-title">
      <h3 id="visitor-title">Visitor</h3>
      <p class="badges">
        <IdentityBadge visitor={visitor} claimed={!!(name || email)} />
        {visitor.vip && <span class="badge badge-vip">VIP</span>}
        {visitor.flagged && <span class="badge badge-flagged">Flagged</span>}
      </p>
      {identity && !identity.verified && <p class="hint">The site did not sign this identity: check before sharing account details.</p>}
      <dl class="facts-list">
        {name && (
          <>
            <dt>Name</dt>
            <dd>{name}</dd>
          </>
        )}
        {email && (
          <>
            <dt>Email</dt>
            <dd>{email}</dd>
          </>
        )}
        {identity?.userId && (
          <>
            <dt>User ID</dt>
            <dd class="mono">{identity.userId}</dd>
          </>
        )}
        {attributes.map(([key, value]) => (
          <Fragment key={key}>
            <dt>{key}</dt>
            <dd>{attributeText(value)}</dd>
          </Fragment>
        ))}
        {pageText && (
          <>
            <dt>Page</dt>
            <dd>
              {pageHref ? (
                <a href={pageHref} target="_blank" rel="noopener noreferrer">
                  {pageText}
                </a>
              ) : (
                pageText
              )}
              {pageUrl && pageText !== pageUrl && <span class="mono page-url">{pageUrl}</span>}
            </dd>
          </>
        )}
        {visitor.lang && (
          <>
            <dt>Language</dt>
            <dd>{visitor.lang}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
