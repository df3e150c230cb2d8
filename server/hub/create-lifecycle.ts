import { randomUUID } from 'node:crypto';
import type { Entry, EntryKind, PublicSettings, Reason, Status } from '../../protocol';
import { chooseTeam } from '../routing/choose-team';
import { PRIORITY, priorityOf } from '../routing/priority-of';
import type { Team } from '../routing/resolve-teams';
import type { SessionEffect, SessionEvent, SessionState } from '../session/session-state';
import { transition } from '../session/transition';
import type { StoredConversation } from '../store/store';
import type { TriggerDecision } from '../triggers/trigger-message';
import type { Presence } from './create-presence';
import type { Delivery } from './create-delivery';
import type { Views } from './create-views';
import type { HubOptions } from './hub-options';
import { noticeText } from './notice-text';
import { summarize } from './summarize';

/** Details a transition's effects may need: the email left on the offline form. */
export interface EffectExtras {
  email?: string;
  name?: string;
  question?: string;
  clientId?: string;
}

/**
 * Runs the session state machine against stored conversations and carries out its effects in
 * order: saving state, briefing agents before the visitor hears anything, notices, queue and
 * roster broadcasts, tickets and their webhook. Callers hold the conversation's serial lock.
 */
export function createLifecycle(deps: HubOptions & { now: () => number; settings: PublicSettings; presence: Presence; delivery: Delivery; views: Views; teams: readonly Team[] }) {
  const { config, store, log, now, settings, delivery, views, teams, webhook } = deps;

  async function announce(conv: StoredConversation, kind: EntryKind & keyof typeof noticeText, status: Status, email?: string): Promise<Entry> {
    const text = noticeText[kind]({ settings, status, email });
    const { entry } = await store.appendEntry(conv.id, { role: 'system', kind, text, at: now() });
    delivery.entry(conv.id, conv.state, entry);
    return entry;
  }

  async function broadcastQueue(): Promise<void> {
    const all = await views.queueViews();
    delivery.toAllAgents((port) => ({ type: 'queue', items: views.queueFor(all, port.agent.id) }));
    for (const item of all) delivery.toVisitors(item.conversationId, { type: 'status', status: item.status });
  }

  async function broadcastAssignments(): Promise<void> {
    const [allOpen, roster] = await Promise.all([views.allOpen(), views.roster()]);
    delivery.toAllAgents({ type: 'all-open', items: allOpen });
    delivery.toAllAgents({ type: 'roster', roster });
  }

  async function broadcastTickets(): Promise<void> {
    const items = (await store.listTickets()).map(views.ticketView);
    delivery.toAllAgents({ type: 'tickets', items });
  }

  async function fileTicket(conv: StoredConversation, reason: Reason, extras: EffectExtras): Promise<void> {
    const transcript = await store.entriesAfter(conv.id, 0);
    const open = (await store.ticketsOf(conv.id)).find((t) => !t.email && !t.handled);
    const base = {
      conversationId: conv.id,
      email: extras.email ?? '',
      ...(extras.name ? { name: extras.name } : {}),
      ...(extras.question ? { question: extras.question } : {}),
      ...(extras.clientId ? { clientId: extras.clientId } : {}),
      reason,
      summary: summarize(transcript, reason),
      page: conv.visitor.page?.url,
      visitor: conv.visitor,
      transcript,
    };
    if (open && extras.email) {
      const ticket = { ...base, id: open.id, createdAt: open.createdAt };
      await store.updateTicket(ticket);
      void webhook?.send('ticket.updated', views.ticketView({ ...ticket, handled: false }));
    } else {
      const { ticket, duplicate } = await store.createTicket({ ...base, id: randomUUID(), createdAt: now() });
      if (!duplicate) void webhook?.send('ticket.created', views.ticketView(ticket));
    }
    log.info({ conversationId: conv.id, email: !!extras.email }, 'ticket filed');
    await broadcastTickets();
  }

  /**
   * Saves the new state and carries out the machine's effects: agents who get the conversation are
   * briefed and agents who lose it told first, then the visitor hears the new status, then the
   * notices, queue, tickets and roster follow in the machine's order.
   */
  async function apply(conv: StoredConversation, state: SessionState, effects: SessionEffect[], extras: EffectExtras = {}): Promise<StoredConversation> {
    const changed = state !== conv.state;
    if (changed) await store.saveState(conv.id, state, now());
    const next: StoredConversation = { ...conv, state, updatedAt: now() };
    let assignments = false;
    for (const effect of effects) {
      if (effect.type === 'brief-agent') {
        // The agent has the whole context before the visitor is told anyone joined.
        delivery.toAgent(effect.agentId, { type: 'conversation', conversation: await views.viewOf(next) });
        assignments = true;
      } else if (effect.type === 'release') {
        delivery.toAgent(effect.agentId, { type: 'closed', conversationId: conv.id, reason: effect.why });
        assignments = true;
      }
    }
    const status = await views.statusOf(next);
    if (changed) delivery.toVisitors(conv.id, { type: 'status', status });
    for (const effect of effects) {
      if (effect.type === 'queue-changed') await broadcastQueue();
      else if (effect.type === 'announce') await announce(next, effect.kind, status, extras.email);
      else if (effect.type === 'create-ticket') await fileTicket(next, effect.reason, extras);
    }
    if (assignments) await broadcastAssignments();
    return next;
  }

  /** Applies one event; a refusal is returned for the caller to report. */
  async function run(conv: StoredConversation, event: SessionEvent, extras?: EffectExtras) {
    const result = transition(conv.state, event);
    if (!result.ok) return result;
    return { ok: true as const, conv: await apply(conv, result.state, result.effects, extras) };
  }

  async function escalate(conv: StoredConversation, reason: Reason): Promise<StoredConversation> {
    const team = conv.state.mode === 'queued' || conv.state.mode === 'agent' ? null : chooseTeam(teams, reason, conv.visitor.lang, config.routing.skills, views.teamAvailable);
    const result = transition(conv.state, { type: 'escalate', reason, at: now(), team: team?.id ?? null, priority: priorityOf(reason, conv.visitor) });
    if (!result.ok) return conv;
    if (result.state !== conv.state && (result.state.mode === 'queued' || result.state.mode === 'offline')) {
      await store.recordEscalation(conv.id, reason, result.state.mode, now());
      log.info({ conversationId: conv.id, reason: reason.code, team: team?.id, outcome: result.state.mode }, 'escalated');
    }
    return apply(conv, result.state, result.effects);
  }

  return {
    apply,
    run,
    escalate,
    broadcastQueue,
    broadcastAssignments,
    broadcastTickets,
    /** Hands off for a trigger decision; a policy's own reply is said first. */
    async handOff(conv: StoredConversation, decision: TriggerDecision): Promise<StoredConversation> {
      if (decision.reply) {
        const { entry } = await store.appendEntry(conv.id, { role: 'bot', text: decision.reply, confident: true, at: now() });
        delivery.entry(conv.id, conv.state, entry);
      }
      return escalate(conv, { code: decision.code, label: decision.label, evidence: decision.evidence, ...(decision.topic ? { topic: decision.topic } : {}) });
    },
    /** The priority a conversation gets when its agent dropped off: the front of the line. */
    requeuePriority: PRIORITY.requeued,
  };
}

/** The lifecycle helper. */
export type Lifecycle = ReturnType<typeof createLifecycle>;
