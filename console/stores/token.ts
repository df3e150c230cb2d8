import { atom, onMount } from 'nanostores';
import { readSavedToken, writeSavedToken } from '../lib/saved-token';
import { takeTokenFromUrl } from '../lib/take-token-from-url';
import { sendFrame } from './socket';

/** The agent token in use, or null when signed out. */
export const $token = atom<string | null>(null);

/** Why the sign-in form is showing again, e.g. "That token was not accepted". */
export const $signInError = atom<string | null>(null);

// A token in the address bar wins over the saved one: the demo prints such links.
onMount($token, () => {
  const fromUrl = takeTokenFromUrl();
  if (fromUrl) writeSavedToken(fromUrl);
  const token = fromUrl ?? readSavedToken();
  if (token && $token.get() !== token) $token.set(token);
});

/** Signs in with a token typed into the form; blank input shows an error instead. */
export function signIn(token: string): void {
  const trimmed = token.trim();
  if (!trimmed) {
    $signInError.set('Enter your agent token');
    return;
  }
  $signInError.set(null);
  writeSavedToken(trimmed);
  $token.set(trimmed);
}

/** Signs out: tells the relay (so open conversations go straight back to the queue), forgets the saved token and closes the connection. */
export function signOut(): void {
  sendFrame({ type: 'sign-out' });
  writeSavedToken(null);
  $signInError.set(null);
  $token.set(null);
}

/** Drops a token the relay refused and brings back the sign-in form with that reason. */
export function refuseToken(): void {
  writeSavedToken(null);
  $signInError.set('That token was not accepted');
  $token.set(null);
}
