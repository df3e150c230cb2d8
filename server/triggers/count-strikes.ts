import type { Entry } from '../../protocol';

/** System notices that start a fresh bot phase: strikes before them no longer count. */
const PHASE_START = new Set(['resolved', 'ticket', 'queued', 'offline']);

/**
 * Unsure bot answers in a row at the end of the transcript (visitor lines between them don't break
 * the run; a confident answer or a new phase does). Two in a row is the default handoff trigger.
 */
export function countStrikes(entries: readonly Entry[]): number {
  let strikes = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e.role === 'system' && e.kind && PHASE_START.has(e.kind)) break;
    if (e.role === 'agent') break;
    if (e.role !== 'bot') continue;
    if (e.confident === false) strikes++;
    else break;
  }
  return strikes;
}
