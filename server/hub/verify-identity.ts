import { createHmac, timingSafeEqual } from 'node:crypto';
import type { VisitorIdentity } from '../../protocol';

/** The signature a site's backend puts beside a user id: hex HMAC-SHA256 of the id under the identity secret. */
export const signUserId = (userId: string, secret: string): string => createHmac('sha256', secret).update(userId).digest('hex');

/** Checks a signature in constant time; false for any malformed input. */
export function signatureMatches(userId: string, signature: string, secret: string): boolean {
  const expected = Buffer.from(signUserId(userId, secret), 'hex');
  const given = Buffer.from(signature, 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** An identity claim from the host page, marked verified only when the site has a secret and the signature matches. */
export function verifyIdentity(
  claim: { userId?: string; name?: string; email?: string; attributes?: Record<string, string | number | boolean>; signature?: string },
  secret: string | undefined,
): { identity: VisitorIdentity; badSignature: boolean } {
  const verified = !!(secret && claim.userId && claim.signature && signatureMatches(claim.userId, claim.signature, secret));
  const { signature, ...rest } = claim;
  return { identity: { ...rest, verified }, badSignature: !!(secret && signature && !verified) };
}
