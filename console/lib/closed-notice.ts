/** Why a conversation left this agent, as the relay's `closed` frame says. */
export type ClosedReason = 'resolved' | 'transferred' | 'requeued';

/**
 * The status line for a conversation that left this agent; null when there is nothing to say (one
 * resolved while another was open). `target` is where this console transferred it, if it did.
 */
export function closedNotice(reason: ClosedReason, name: string, wasOpen: boolean, target?: string): string | null {
  switch (reason) {
    case 'resolved':
      return wasOpen ? 'Conversation resolved' : null;
    case 'transferred':
      return target ? `Conversation with ${name} transferred to ${target}` : `Conversation with ${name} was transferred to someone else`;
    case 'requeued':
      return `Conversation with ${name} went back to the queue`;
  }
}
