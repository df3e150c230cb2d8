import type { ServerToAgent, ServerToVisitor, VisitorInfo } from '../../protocol';

/** One visitor socket as the hub sees it: somewhere to send frames, and what it belongs to. */
export interface VisitorPort {
  send(frame: ServerToVisitor): void;
  conversationId?: string;
  visitor: VisitorInfo;
}

/** A signed-in agent, as configured. `label` is what visitors see. */
export interface AgentIdentity {
  id: string;
  name: string;
  label: string;
}

/** One agent console socket as the hub sees it. */
export interface AgentPort {
  send(frame: ServerToAgent): void;
  agent: AgentIdentity;
}
