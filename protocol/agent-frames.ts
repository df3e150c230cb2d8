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
  /** Hand a conversation to another agent or team, with a note for them. */
  z.object({
    type: z.literal('transfer'),
    conversationId,
    toAgentId: z.string().min(1).max(64).optional(),
    toTeamId: z.string().min(1).max(64).optional(),
    note: z.string().max(2000).default(''),
  }),
  z.object({ type: z.literal('ticket-handled'), ticketId: z.string().min(1).max(64) }),
  /** Leaving: the agent's conversations go back to the front of the queue at once, and they become unavailable. */
  z.object({ type: z.literal('sign-out') }),
  /** Ask for the metrics view's figures over the last `days` days (default 7). */
  z.object({ type: z.literal('metrics'), days: z.number().int().min(1).max(366).optional() }),
]);

export type AgentFrame = z.infer<typeof agentFrameSchema>;

/** Who the host page says the visitor is. `verified` only when the site's signature matched. */
export interface VisitorIdentity {
  userId?: string;
  name?: string;
  email?: string;
  attributes?: Record<string, string | number | boolean>;
  verified: boolean;
}

/** What the relay knows about the visitor, shown to the agent. */
export interface VisitorInfo {
  page?: { url?: string; title?: string };
  lang?: string;
  email?: string;
  name?: string;
  identity?: VisitorIdentity;
  /** Set by the relay from a verified identity's attributes (or any identity when the site has no secret). */
  vip?: boolean;
  flagged?: boolean;
}

/** An offline request for an email reply, as agents see it. */
export interface TicketView {
  id: string;
  conversationId: string;
  email: string;
  name?: string;
  question?: string;
  reason: Reason;
  summary: string[];
  page?: string;
  visitor: VisitorInfo;
  transcript: Entry[];
  createdAt: number;
  handled: boolean;
}

/** Figures for the console's metrics view, computed from stored conversations. */
export interface Metrics {
  days: number;
  conversations: number;
  handoffs: number;
  /** handoffs / conversations, 0..1. */
  handoffRate: number;
  reasons: { code: string; count: number }[];
  /** Median ms from accept to the agent's first reply; null with no data. */
  medianFirstReplyMs: number | null;
  /** Accepted handoffs that were resolved, 0..1; null with none accepted. */
  resolutionRate: number | null;
  /** Conversations where the bot was unsure and the visitor left without asking for anyone. */
  silentFailures: number;
  offlineTickets: number;
  /** Handoffs per day, oldest first. */
  daily: { day: string; conversations: number; handoffs: number }[];
}

/** Agents and teams, for transfers and availability. */
export interface Roster {
  agents: { id: string; label: string; online: boolean; available: boolean; teams: string[]; load: number; capacity: number }[];
  teams: { id: string; name: string; open: boolean }[];
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
  /** Team id the conversation is routed to. */
  team?: string;
  /** Higher first: VIP, urgency, frustration. */
  priority?: number;
  /** The note left by the agent who transferred it. */
  note?: string;
  /** The least-busy available agent routing suggests for a waiting conversation. */
  suggestedAgentId?: string;
}

/** Frames the relay sends to an agent console. */
export type ServerToAgent =
  | {
      type: 'welcome';
      agent: { id: string; label: string; teams?: string[] };
      available: boolean;
      agentsAvailable?: number;
      queue: ConversationView[];
      mine: ConversationView[];
      tickets?: TicketView[];
      roster?: Roster;
      allOpen?: ConversationView[];
    }
  /** The whole waiting queue, oldest first, sent whenever it changes. */
  | { type: 'queue'; items: ConversationView[] }
  /** One conversation in full: after accept, open, or a status change. */
  | { type: 'conversation'; conversation: ConversationView }
  | { type: 'entry'; conversationId: string; entry: Entry }
  | { type: 'ack'; clientId: string; seq: number }
  | { type: 'typing'; conversationId: string; on: boolean }
  /** The conversation left this agent: resolved, transferred, or back in the queue. */
  | { type: 'closed'; conversationId: string; reason: 'resolved' | 'transferred' | 'requeued' }
  | { type: 'tickets'; items: TicketView[] }
  /** Every conversation currently with an agent, for the "All open" view; sent when assignments change. */
  | { type: 'all-open'; items: ConversationView[] }
  | { type: 'metrics'; metrics: Metrics }
  | { type: 'roster'; roster: Roster }
  | { type: 'presence'; available: boolean; agentsAvailable: number }
  | ErrorFrame;
