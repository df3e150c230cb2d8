import { useStore } from '@nanostores/preact';
import type { WaitEstimate } from '../../protocol/status';
import { useChat } from '../chat-context';

function waitLine(wait: WaitEstimate | undefined): string {
  if (!wait || wait.minutes === null) return "There's no wait estimate yet. We'll let you know here when someone joins.";
  return wait.minutes < 1 ? 'Usually less than a minute' : `Usually about ${Math.round(wait.minutes)} min`;
}

/** Where the visitor stands with a person: their place in line and an honest wait while queued, the agent's name once joined. Nothing otherwise. */
export function StatusBanner() {
  const chat = useChat();
  const status = useStore(chat.$status);
  if (status.mode === 'queued') {
    return (
      <div class="banner" role="status">
        <strong>{status.wait ? `Waiting for a person — you're #${status.wait.position} in line` : 'Waiting for a person'}</strong>
        <span>{waitLine(status.wait)}</span>
      </div>
    );
  }
  if (status.mode === 'agent') {
    return (
      <div class="banner banner-agent" role="status">
        <strong>You're chatting with {status.agentLabel || 'a person'}</strong>
      </div>
    );
  }
  return null;
}
