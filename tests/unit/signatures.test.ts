import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { signBody, signUserId } from '../../server';
import { signatureMatches, verifyIdentity } from '../../server/hub/verify-identity';

const secret = 'identity-secret-0123456789';

describe('identity signatures', () => {
  it('is hex HMAC-SHA256 of the user id, as a site backend would compute it', () => {
    expect(signUserId('u-1', secret)).toBe(createHmac('sha256', secret).update('u-1').digest('hex'));
  });
  it('verifies only a matching signature, and refuses malformed ones without throwing', () => {
    expect(signatureMatches('u-1', signUserId('u-1', secret), secret)).toBe(true);
    expect(signatureMatches('u-2', signUserId('u-1', secret), secret)).toBe(false);
    expect(signatureMatches('u-1', 'not-hex!', secret)).toBe(false);
    expect(signatureMatches('u-1', '', secret)).toBe(false);
  });
  it('marks claims verified only with a secret and a matching signature; a bad one is reported', () => {
    expect(verifyIdentity({ userId: 'u-1', signature: signUserId('u-1', secret) }, secret)).toEqual({ identity: { userId: 'u-1', verified: true }, badSignature: false });
    expect(verifyIdentity({ userId: 'u-1', name: 'Ann' }, secret)).toEqual({ identity: { userId: 'u-1', name: 'Ann', verified: false }, badSignature: false });
    expect(verifyIdentity({ userId: 'u-1', signature: 'ab' }, secret).badSignature).toBe(true);
    expect(verifyIdentity({ userId: 'u-1', signature: signUserId('u-1', secret) }, undefined).identity.verified).toBe(false);
  });
});

describe('webhook signatures', () => {
  it('signs the exact body with the site secret', () => {
    expect(signBody('{"a":1}', 'webhook-secret')).toBe(`sha256=${createHmac('sha256', 'webhook-secret').update('{"a":1}').digest('hex')}`);
    expect(signBody('{"a":1} ', 'webhook-secret')).not.toBe(signBody('{"a":1}', 'webhook-secret'));
  });
});
