import { useStore } from '@nanostores/preact';
import { $agent, $agentsAvailable } from '../stores/agent';
import { signOut } from '../stores/token';
import { AvailabilityToggle } from './availability-toggle';
import { NotificationButton } from './notification-button';

/** The header: product name, who is signed in, "Enable notifications", the Available switch and "Sign out". */
export function TopBar() {
  const agent = useStore($agent);
  const others = useStore($agentsAvailable);
  return (
    <header class="topbar">
      <div class="brand">
        <span class="brand-mark" aria-hidden="true">
          B
        </span>
        <span>Baton</span>
        <span class="brand-sub">Agent console</span>
      </div>
      <div class="topbar-right">
        {others !== null && (
          <span class="presence">
            {others === 1 ? '1 agent available' : `${others} agents available`}
          </span>
        )}
        <NotificationButton />
        <AvailabilityToggle />
        {agent && (
          <span class="agent-chip" title={agent.id}>
            <span class="avatar" aria-hidden="true">
              {agent.label.slice(0, 1).toUpperCase()}
            </span>
            <span class="agent-name">{agent.label}</span>
          </span>
        )}
        <button type="button" class="btn btn-ghost" onClick={signOut}>
          Sign out
        </button>
      </div>
    </header>
  );
}
