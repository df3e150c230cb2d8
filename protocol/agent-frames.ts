import { z } from 'zod';
import type { Entry } from './entry';
import type { ErrorFrame } from './error-codes';
import type { Reason, Status } from './status';

const conversationId = z.string().min(1).max(64);

/** Frames an agent console sends to the relay. The agent is known from the token at upgrade. */
export const agentFrameSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('availability'), available: z.boolean() }),
  z.object({ type: z.literal('accept'), conversationId }),
  z.object({ type: z.literal('reply'), conversationId, clientId: z.string().min(1).max(64), text: z.string().trim().min(1) }),
  z.object({ type: z.literal('typing'), conversationId, on: z.boolean() }),
  z.object({ type: z.literal('resolve'), conversationId }),
  /** Ask for a conversation's full detail, for example after a reload. */
  z.object({ type: z.literal('open'), conversationId }),
]);

export type AgentFrame = z.infer<typeof agentFrameSchema>;

/** What the relay knows about the visitor, shown to the agent. */
export interface VisitorInfo {
  page?: { url?: string; title?: string };
  lang?: string;
  email?: string;
  name?: string;
}

/** Everything an agent needs to take over without asking the visitor to repeat themselves. */
export interface ConversationView {
  conversationId: string;
  status: Status;
  visitor: VisitorInfo;
  /** Epoch ms the conversation entered its current mode. */
  since: number;
  /** The agent id the conversation is assigned to, when with an agent. */
  agentId?: string;
  /** Three short lines: what the visitor wants, what the bot tried, why a person is needed. */
  summary: string[];
  entries: Entry[];
}

/** Frames the relay sends to an agent console. */
export type ServerToAgent =
  | { type: 'welcome'; agent: { id: string; label: string }; available: boolean; queue: ConversationView[]; mine: ConversationView[] }
  /** The whole waiting queue, oldest first, sent whenever it changes. */
  | { type: 'queue'; items: ConversationView[] }
  /** One conversation in full: after accept, open, or a status change. */
  | { type: 'conversation'; conversation: ConversationView }
  | { type: 'entry'; conversationId: string; entry: Entry }
  | { type: 'ack'; clientId: string; seq: number }
  | { type: 'typing'; conversationId: string; on: boolean }
  /** The conversation left this agent (resolved, or taken by another). */
  | { type: 'closed'; conversationId: string; reason: Reason['code'] | 'resolved' }
  | { type: 'presence'; available: boolean; agentsAvailable: number }
  | ErrorFrame;
