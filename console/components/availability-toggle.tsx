import { useStore } from '@nanostores/preact';
import { $available, setAvailable } from '../stores/agent';

/** The "Available" switch: a real checkbox, drawn as a toggle. */
export function AvailabilityToggle() {
  const available = useStore($available);
  return (
    <label class={available ? 'switch is-on' : 'switch'}>
      <input
        type="checkbox"
        class="switch-input"
        checked={available}
        onChange={(event) => setAvailable(event.currentTarget.checked)}
      />
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
      <span class="switch-label">Available</span>
    </label>
  );
}
