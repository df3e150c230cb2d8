import type { ErrorFrame } from '../../protocol/error-codes';

/** Words for an agent, by error code; codes not listed fall back to the relay's own message. */
const texts: Partial<Record<ErrorFrame['code'], string>> = {
  'already-accepted': 'Another agent already accepted this conversation',
  'not-yours': 'This conversation is assigned to another agent',
  'not-found': 'That conversation no longer exists',
  'invalid-state': 'That is not possible in the conversation’s current state',
  'too-long': 'That reply is too long',
  'at-capacity': 'That agent has no room for another conversation right now',
};

/** The sentence to show an agent for a relay error frame. */
export function errorText(frame: Pick<ErrorFrame, 'code' | 'message'>): string {
  return texts[frame.code] ?? (frame.message || `Something went wrong (${frame.code})`);
}
