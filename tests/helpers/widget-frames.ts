import type { Entry } from '../../protocol/entry';
import type { PublicSettings } from '../../protocol/settings';
import type { Status } from '../../protocol/status';
import type { ServerToVisitor } from '../../protocol/visitor-frames';

/** The relay URL every widget test uses. */
export const RELAY = 'https://relay.test';

/** Site settings as a test relay sends them. */
export const settings: PublicSettings = {
  siteName: 'Acme',
  greeting: 'Hi! How can we help?',
  offlineMessage: 'Nobody is around right now.',
  color: '#0a7c66',
  triggerMode: 'auto',
  maxMessageLength: 50,
};

/** A welcome frame; pass `session` to acknowledge a resume. */
export function welcome(extra: { status?: Status; session?: { conversationId: string; token: string }; lastSeq?: number } = {}): ServerToVisitor {
  return { type: 'welcome', settings, status: extra.status ?? { mode: 'bot' }, lastSeq: extra.lastSeq ?? 0, ...(extra.session ? { session: extra.session } : {}) };
}

/** An entry with defaults for the fields a test does not care about. */
export function entry(fields: Partial<Entry> & Pick<Entry, 'seq' | 'role' | 'text'>): Entry {
  return { at: 1_700_000_000_000, ...fields };
}
