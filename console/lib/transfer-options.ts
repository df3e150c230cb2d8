import type { Roster } from '../../protocol/agent-frames';
import type { TransferTarget } from '../stores/transfer';

/** One choice in the "Transfer to" select: its value, its words, and where it sends. */
export interface TransferOption {
  value: string;
  text: string;
  target: TransferTarget;
}

/** The "Transfer to" choices: each agent with load/capacity (and away or full), each team with open or closed. */
export function transferOptions(agents: Roster['agents'], teams: Roster['teams']): { agents: TransferOption[]; teams: TransferOption[] } {
  return {
    agents: agents.map((a) => {
      const state = !a.available ? ', away' : a.load >= a.capacity ? ', full' : '';
      return {
        value: `agent:${a.id}`,
        text: `${a.label} (${a.load}/${a.capacity} conversations${state})`,
        target: { kind: 'agent', id: a.id, label: a.label },
      };
    }),
    teams: teams.map((t) => ({
      value: `team:${t.id}`,
      text: `${t.name} (${t.open ? 'open' : 'closed'})`,
      target: { kind: 'team', id: t.id, label: t.name },
    })),
  };
}
