import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { transferOptions } from '../lib/transfer-options';
import { trapFocus } from '../lib/trap-focus';
import { $transferTargets } from '../stores/roster';
import { transferConversation } from '../stores/transfer';

/** Props of {@link TransferDialog}. */
interface TransferDialogProps {
  conversationId: string;
  /** Called on Cancel, Escape, a click outside, or once the transfer is sent. */
  onClose: () => void;
}

/**
 * The modal "Transfer conversation" dialog: choose an online agent (with their load) or a team (open
 * or closed), leave a note, then Transfer. Focus starts on the choice and stays inside; Escape closes.
 */
export function TransferDialog({ conversationId, onClose }: TransferDialogProps) {
  const targets = useStore($transferTargets);
  const [choice, setChoice] = useState('');
  const [note, setNote] = useState('');
  const dialogRef = useRef<HTMLDivElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  const options = transferOptions(targets.agents, targets.teams);
  const chosen = [...options.agents, ...options.teams].find((o) => o.value === choice);
  const nothing = !options.agents.length && !options.teams.length;
  return (
    <div
      class="modal-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby="transfer-title"
        class="modal"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
          } else if (dialogRef.current) {
            trapFocus(event, dialogRef.current);
          }
        }}
      >
        <h2 id="transfer-title">Transfer conversation</h2>
        <form
          class="modal-form"
          onSubmit={(event) => {
            event.preventDefault();
            if (chosen && transferConversation(conversationId, chosen.target, note)) onClose();
          }}
        >
          <label class="field-label" htmlFor="transfer-to">
            Transfer to
          </label>
          <select id="transfer-to" ref={selectRef} class="select" value={choice} onChange={(event) => setChoice(event.currentTarget.value)}>
            <option value="" disabled>
              {nothing ? 'No one else is online' : 'Choose an agent or team'}
            </option>
            {options.agents.length > 0 && (
              <optgroup label="Agents online">
                {options.agents.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text}
                  </option>
                ))}
              </optgroup>
            )}
            {options.teams.length > 0 && (
              <optgroup label="Teams">
                {options.teams.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.text}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <label class="field-label" htmlFor="transfer-note">
            Note for the next agent
          </label>
          <textarea
            id="transfer-note"
            class="note-input"
            rows={4}
            maxLength={2000}
            aria-describedby="transfer-note-hint"
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <p id="transfer-note-hint" class="hint">
            Only agents see this note. Say what you tried and what is left to do.
          </p>
          <div class="modal-actions">
            <button type="button" class="btn btn-ghost" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" class="btn btn-primary" disabled={!chosen}>
              Transfer
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
