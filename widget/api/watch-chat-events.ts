import type { Chat } from '../stores/create-chat';
import type { EmitHostEvent } from './host-events';

/**
 * Turns one chat's store changes into host-page events: `open`/`close` with the panel, `message`
 * for each entry new to this page (entries the conversation already had when the page joined it
 * are history), `resolved` with a resolved notice, `handoff` when the mode becomes queued or
 * offline, `agent-joined` when an agent, or a different agent, takes over. The status the first
 * welcome brings is where the page found the conversation, not a change. Returns a stop function.
 */
export function watchChatEvents(chat: Chat, emit: EmitHostEvent): () => void {
  const emitted = new Set<number>();
  let welcomed = chat.$connection.get() === 'open';
  const stops = [
    chat.$open.listen((open) => emit(open ? 'open' : 'close', undefined)),
    chat.$connection.listen((connection) => {
      if (connection === 'open') welcomed = true;
    }),
    chat.$entries.listen((entries) => {
      // Emptied: another conversation starts, and its seqs start again at 1.
      if (!entries.length) emitted.clear();
      const base = chat.$baseSeq.get();
      for (const entry of entries) {
        if (entry.seq <= base || emitted.has(entry.seq)) continue;
        emitted.add(entry.seq);
        emit('message', entry);
        if (entry.kind === 'resolved') emit('resolved', undefined);
      }
    }),
    chat.$status.listen((status, old) => {
      if (!welcomed) return;
      if (status.mode !== old?.mode && (status.mode === 'queued' || status.mode === 'offline')) emit('handoff', status);
      if (status.mode === 'agent' && (old?.mode !== 'agent' || old.agentLabel !== status.agentLabel)) emit('agent-joined', { agentLabel: status.agentLabel });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
