import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { AgentFrame, ConversationView, Entry, EntryKind, ErrorCode, PublicSettings, Reason, Status, VisitorFrame } from '../../protocol';
import type { Bot, BotReply } from '../bot/bot';
import type { Config } from '../config/config-schema';
import { estimateWait } from '../session/estimate-wait';
import type { SessionEffect, SessionRefusal, SessionState } from '../session/session-state';
import { transition } from '../session/transition';
import type { Store, StoredConversation } from '../store/store';
import type { Decider } from '../triggers/create-decider';
import { buttonReason, FEEDBACK_TEXT, toTriggerContext, toTriggerMessages } from '../triggers/from-entries';
import type { TriggerDecision } from '../triggers/trigger-message';
import { createPresence } from './create-presence';
import { createSerial } from './create-serial';
import { noticeText } from './notice-text';
import type { AgentPort, VisitorPort } from './ports';
import { verifyIdentity } from './verify-identity';
import { summarize } from './summarize';

/** The least a logger must do; pino fits. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What the hub needs. `now` defaults to Date.now; `graceMs` (default 15 s) is how long a vanished agent has to come back before waiting visitors are told no one is coming. */
export interface HubOptions {
  config: Config;
  store: Store;
  bot: Bot;
  /** Decides handoffs: rules, custom rules, classifier (see createDecider). */
  decider: Decider;
  log: Logger;
  now?: () => number;
  graceMs?: number;
}

const refusalText: Record<SessionRefusal, string> = {
  'already-accepted': 'Another agent already accepted this conversation.',
  'invalid-state': "That can't be done in the conversation's current state.",
  'not-yours': 'This conversation is assigned to another agent.',
};

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenMatches = (hash: string, token: string) => timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashToken(token), 'hex'));
const emailSchema = z.email();

/** The site settings visitors' widgets receive. */
export const publicSettings = (config: Config): PublicSettings => ({
  siteName: config.site.siteName,
  greeting: config.site.greeting,
  offlineMessage: config.site.offlineMessage,
  color: config.site.color,
  triggerMode: config.site.triggerMode,
  maxMessageLength: config.limits.maxMessageLength,
});

/**
 * The conversation hub: feeds every visitor and agent frame through the session state machine,
 * the triggers and the bot; stores every entry before it is acknowledged; and tells each socket
 * what it needs to see. Work on one conversation runs strictly in order.
 */
export function createHub(options: HubOptions) {
  const { config, store, bot, log } = options;
  const now = options.now ?? Date.now;
  const graceMs = options.graceMs ?? 15_000;
  const settings = publicSettings(config);
  const serial = createSerial();
  const presence = createPresence();
  const visitors = new Map<string, Set<VisitorPort>>();
  const creating = new WeakMap<VisitorPort, Promise<string>>();
  let graceTimer: ReturnType<typeof setTimeout> | undefined;

  const decider = options.decider;
  const labelFor = (name: string) => config.site.agentLabel.replaceAll('{name}', name);
  const agentConfig = (token: string) => config.agents.find((a) => a.token.length === token.length && timingSafeEqual(Buffer.from(a.token), Buffer.from(token)));

  // ---- delivery ----
  const sendVisitors = (conversationId: string, frame: Parameters<VisitorPort['send']>[0]) => {
    for (const port of visitors.get(conversationId) ?? []) port.send(frame);
  };
  const sendAgentsOf = (state: SessionState, frame: Parameters<AgentPort['send']>[0]) => {
    const ports = state.mode === 'queued' ? presence.allPorts() : state.mode === 'agent' ? [...presence.portsOf(state.agentId)] : [];
    for (const port of ports) port.send(frame);
  };
  const deliver = (conv: StoredConversation, entry: Entry) => {
    sendVisitors(conv.id, { type: 'entry', entry });
    sendAgentsOf(conv.state, { type: 'entry', conversationId: conv.id, entry });
  };
  const attach = (port: VisitorPort, conversationId: string) => {
    detach(port);
    port.conversationId = conversationId;
    if (!visitors.has(conversationId)) visitors.set(conversationId, new Set());
    visitors.get(conversationId)!.add(port);
  };
  const detach = (port: VisitorPort) => {
    if (!port.conversationId) return;
    const set = visitors.get(port.conversationId);
    set?.delete(port);
    if (set?.size === 0) visitors.delete(port.conversationId);
  };
  const fail = (port: { send(frame: { type: 'error'; code: ErrorCode; message: string; clientId?: string }): void }, code: ErrorCode, message: string, clientId?: string) =>
    port.send({ type: 'error', code, message, ...(clientId ? { clientId } : {}) });

  // ---- views ----
  const queued = async () => (await store.conversationsIn(['queued'])).sort((a, b) => (a.state as { since: number }).since - (b.state as { since: number }).since);

  async function statusOf(conv: StoredConversation, queue?: StoredConversation[]): Promise<Status> {
    const s = conv.state;
    if (s.mode === 'bot') return { mode: 'bot' };
    if (s.mode === 'offline') return { mode: 'offline', reason: s.reason };
    if (s.mode === 'agent') return { mode: 'agent', reason: s.reason, agentLabel: s.agentLabel };
    const line = queue ?? (await queued());
    const position = Math.max(1, line.findIndex((c) => c.id === conv.id) + 1);
    return { mode: 'queued', reason: s.reason, wait: estimateWait(position, await store.recentAcceptTimes(20)) };
  }

  async function viewOf(conv: StoredConversation, queue?: StoredConversation[]): Promise<ConversationView> {
    const entries = await store.entriesAfter(conv.id, 0);
    const status = await statusOf(conv, queue);
    const s = conv.state;
    return {
      conversationId: conv.id,
      status,
      visitor: conv.visitor,
      since: s.mode === 'bot' ? conv.updatedAt : s.since,
      ...(s.mode === 'agent' ? { agentId: s.agentId } : {}),
      summary: summarize(entries, status.reason),
      entries,
    };
  }

  async function queueViews(): Promise<ConversationView[]> {
    const line = await queued();
    return Promise.all(line.map((c) => viewOf(c, line)));
  }

  async function broadcastQueue(): Promise<void> {
    const items = await queueViews();
    for (const port of presence.allPorts()) port.send({ type: 'queue', items });
    for (const item of items) sendVisitors(item.conversationId, { type: 'status', status: item.status });
  }

  function broadcastPresence(): void {
    const agentsAvailable = presence.availableCount();
    for (const port of presence.allPorts()) port.send({ type: 'presence', available: presence.isAvailable(port.agent.id), agentsAvailable });
  }

  // ---- lifecycle ----
  async function announce(conv: StoredConversation, kind: EntryKind & keyof typeof noticeText, status: Status, email?: string): Promise<Entry> {
    const text = noticeText[kind]({ settings, status, email });
    const { entry } = await store.appendEntry(conv.id, { role: 'system', kind, text, at: now() });
    deliver(conv, entry);
    return entry;
  }

  /** Saves a new state, tells the visitor, and carries out the machine's effects in order. */
  async function apply(conv: StoredConversation, state: SessionState, effects: SessionEffect[], email?: string): Promise<StoredConversation> {
    const before = conv.state;
    if (state !== before) await store.saveState(conv.id, state, now());
    const next: StoredConversation = { ...conv, state, updatedAt: now() };
    const status = await statusOf(next);
    if (state !== before) sendVisitors(conv.id, { type: 'status', status });
    for (const effect of effects) {
      if (effect.type === 'queue-changed') await broadcastQueue();
      else if (effect.type === 'announce') await announce(next, effect.kind, status, email);
      else if (effect.type === 'release') for (const p of presence.portsOf(effect.agentId)) p.send({ type: 'closed', conversationId: conv.id, reason: 'resolved' });
    }
    return next;
  }

  async function escalate(conv: StoredConversation, reason: Reason): Promise<StoredConversation> {
    const result = transition(conv.state, { type: 'escalate', reason, at: now(), agentsAvailable: presence.availableCount() > 0 });
    if (!result.ok) return conv;
    if (result.state !== conv.state && (result.state.mode === 'queued' || result.state.mode === 'offline')) {
      await store.recordEscalation(conv.id, reason, result.state.mode, now());
      log.info({ conversationId: conv.id, reason: reason.code, outcome: result.state.mode }, 'escalated');
    }
    return apply(conv, result.state, result.effects);
  }

  /** Hands off for a trigger decision; a policy's own reply is said first. */
  async function handOff(conv: StoredConversation, decision: TriggerDecision): Promise<StoredConversation> {
    if (decision.reply) {
      const { entry } = await store.appendEntry(conv.id, { role: 'bot', text: decision.reply, confident: true, at: now() });
      deliver(conv, entry);
    }
    const reason: Reason = { code: decision.code, label: decision.label, evidence: decision.evidence, ...(decision.topic ? { topic: decision.topic } : {}) };
    return escalate(conv, reason);
  }

  async function agentsGone(): Promise<void> {
    for (const conv of await queued()) {
      await serial(conv.id, async () => {
        const fresh = await store.getConversation(conv.id);
        if (!fresh || presence.availableCount() > 0) return;
        const result = transition(fresh.state, { type: 'agents-gone', at: now() });
        if (result.ok) await apply(fresh, result.state, result.effects);
      });
    }
  }

  function onAvailabilityDrop(immediate: boolean): void {
    if (presence.availableCount() > 0) return;
    if (immediate) {
      void agentsGone().catch((err) => log.error({ err }, 'agents-gone failed'));
      return;
    }
    if (graceTimer) return;
    graceTimer = setTimeout(() => {
      graceTimer = undefined;
      if (presence.availableCount() === 0) void agentsGone().catch((err) => log.error({ err }, 'agents-gone failed'));
    }, graceMs);
    graceTimer.unref?.();
  }

  // ---- visitors ----
  async function ensureConversation(port: VisitorPort): Promise<string> {
    if (port.conversationId) return port.conversationId;
    const pending = creating.get(port);
    if (pending) return pending;
    const made = (async () => {
      const id = randomUUID();
      const token = randomBytes(24).toString('base64url');
      await store.createConversation({ id, tokenHash: hashToken(token), visitor: port.visitor, at: now() });
      attach(port, id);
      port.send({ type: 'session', conversationId: id, token });
      return id;
    })();
    creating.set(port, made);
    return made;
  }

  async function hello(port: VisitorPort, f: Extract<VisitorFrame, { type: 'hello' }>): Promise<void> {
    port.visitor = { ...port.visitor, ...(f.page ? { page: f.page } : {}), ...(f.lang ? { lang: f.lang } : {}) };
    if (f.resume) {
      const conv = await store.getConversation(f.resume.conversationId);
      if (conv && tokenMatches(conv.tokenHash, f.resume.token)) {
        attach(port, conv.id);
        const visitor = { ...conv.visitor, ...port.visitor };
        port.visitor = visitor;
        await store.saveVisitor(conv.id, visitor);
        port.send({ type: 'welcome', settings, session: { conversationId: conv.id, token: f.resume.token }, status: await statusOf(conv), lastSeq: conv.lastSeq });
        port.send({ type: 'history', entries: await store.entriesAfter(conv.id, f.lastSeq ?? 0) });
        return;
      }
      fail(port, 'resume-rejected', 'That conversation could not be resumed; starting a new one.');
    }
    detach(port);
    port.conversationId = undefined;
    port.send({ type: 'welcome', settings, status: { mode: 'bot' }, lastSeq: 0 });
  }

  async function visitorMessage(port: VisitorPort, f: Extract<VisitorFrame, { type: 'message' }>): Promise<void> {
    if (f.text.length > settings.maxMessageLength) return fail(port, 'too-long', `Messages can be at most ${settings.maxMessageLength} characters.`, f.clientId);
    const id = await ensureConversation(port);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const { entry, duplicate } = await store.appendEntry(id, { role: 'visitor', text: f.text, clientId: f.clientId, at: now() });
      port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
      if (duplicate) return;
      deliver(conv, entry);
      const history = await store.entriesAfter(id, 0);
      const messages = toTriggerMessages(history);
      const context = toTriggerContext(conv.visitor);
      const index = messages.length - 1;
      if (conv.state.mode === 'queued' || conv.state.mode === 'agent') {
        // Asking again for a person is answered honestly; nothing else needs deciding.
        const again = decider.engine.decide(messages, index, context);
        if (again?.code === 'explicit-request') await handOff(conv, again);
        return;
      }
      const outcome = await decider.visitor(messages, index, context);
      // An explicit request is honoured offline too; the other triggers only while the bot has the conversation.
      if (outcome.decision && (outcome.decision.code === 'explicit-request' || conv.state.mode === 'bot')) {
        await handOff(conv, outcome.decision);
        return;
      }
      let reply: BotReply;
      try {
        reply = outcome.reply ? { text: outcome.reply, confident: true, score: 1 } : await bot.respond(f.text, { conversationId: id, history, visitor: conv.visitor });
      } catch (err) {
        log.error({ err, conversationId: id }, 'bot failed');
        reply = { text: config.bot.unsureReply, confident: false, score: 0 };
      }
      const { entry: answer } = await store.appendEntry(id, { role: 'bot', text: reply.text, confident: reply.confident, score: reply.score, at: now() });
      deliver(conv, answer);
      if (conv.state.mode !== 'bot') return;
      if (reply.handoff) return void (await escalate(conv, { code: 'bot-handoff', label: reply.handoff.label, evidence: reply.text }));
      const after = [...messages, { role: 'bot' as const, text: answer.text, confident: answer.confident }];
      const botDecision = decider.engine.decide(after, after.length - 1, context);
      if (botDecision) await handOff(conv, botDecision);
    });
  }

  async function visitorHandoff(port: VisitorPort, f: Extract<VisitorFrame, { type: 'handoff' }>): Promise<void> {
    const id = await ensureConversation(port);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const { entry, duplicate } = await store.appendEntry(id, { role: 'visitor', kind: 'handoff-request', text: 'Talk to a person', clientId: f.clientId, at: now() });
      port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
      if (duplicate) return;
      deliver(conv, entry);
      await escalate(conv, buttonReason);
    });
  }

  async function visitorTicket(port: VisitorPort, f: Extract<VisitorFrame, { type: 'ticket' }>): Promise<void> {
    const id = port.conversationId;
    if (!id) return fail(port, 'no-session', 'There is no conversation to attach this request to yet.', f.clientId);
    if (!emailSchema.safeParse(f.email.trim()).success) return fail(port, 'invalid-email', `"${f.email}" is not a valid email address.`, f.clientId);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const result = transition(conv.state, { type: 'ticket', at: now() });
      if (!result.ok) {
        const prior = (await store.listTickets()).find((t) => t.conversationId === id && t.clientId === f.clientId);
        if (prior) return port.send({ type: 'ack', clientId: f.clientId, seq: conv.lastSeq });
        return fail(port, 'invalid-state', 'The email form is only for when no one is available.', f.clientId);
      }
      const email = f.email.trim();
      const reason = conv.state.mode === 'offline' ? conv.state.reason : buttonReason;
      const visitor = { ...conv.visitor, email, ...(f.name ? { name: f.name } : {}) };
      await store.saveVisitor(id, visitor);
      await store.createTicket({
        id: randomUUID(),
        conversationId: id,
        clientId: f.clientId,
        email,
        name: f.name,
        question: f.question,
        reason,
        transcript: await store.entriesAfter(id, 0),
        createdAt: now(),
      });
      log.info({ conversationId: id }, 'ticket created');
      const next = await apply({ ...conv, visitor }, result.state, result.effects, email);
      port.send({ type: 'ack', clientId: f.clientId, seq: (await store.getConversation(next.id))!.lastSeq });
    });
  }

  async function visitorIdentify(port: VisitorPort, f: Extract<VisitorFrame, { type: 'identify' }>): Promise<void> {
    const { identity, badSignature } = verifyIdentity(f, config.site.identitySecret);
    if (badSignature) fail(port, 'bad-signature', 'The identity signature does not match; the identity is kept but shown to agents as unverified.');
    const attributes = identity.attributes ?? {};
    port.visitor = {
      ...port.visitor,
      identity,
      ...(identity.name ? { name: identity.name } : {}),
      ...(identity.email ? { email: identity.email } : {}),
      // Only a verified identity may claim VIP or flagged: they change where the visitor is routed.
      vip: identity.verified && attributes.vip === true,
      flagged: identity.verified && attributes.flagged === true,
    };
    const id = port.conversationId;
    if (!id) return;
    await serial(id, async () => {
      const conv = await store.getConversation(id);
      if (conv) await store.saveVisitor(id, { ...conv.visitor, ...port.visitor });
    });
  }

  async function visitorFeedback(port: VisitorPort, f: Extract<VisitorFrame, { type: 'feedback' }>): Promise<void> {
    const id = port.conversationId;
    if (!id) return fail(port, 'no-session', 'There is no conversation to rate yet.', f.clientId);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const { entry, duplicate } = await store.appendEntry(id, { role: 'visitor', kind: 'feedback', text: FEEDBACK_TEXT[f.value], clientId: f.clientId, at: now() });
      port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
      if (duplicate) return;
      deliver(conv, entry);
      if (conv.state.mode !== 'bot') return;
      const messages = toTriggerMessages(await store.entriesAfter(id, 0));
      const decision = decider.engine.decide(messages, messages.length - 1, toTriggerContext(conv.visitor));
      if (decision) await handOff(conv, decision);
    });
  }

  async function visitorTyping(port: VisitorPort, on: boolean): Promise<void> {
    const id = port.conversationId;
    if (!id) return;
    const conv = await store.getConversation(id);
    if (conv?.state.mode === 'agent') for (const p of presence.portsOf(conv.state.agentId)) p.send({ type: 'typing', conversationId: id, on });
  }

  // ---- agents ----
  async function agentJoined(port: AgentPort): Promise<void> {
    const before = presence.availableCount();
    presence.add(port);
    if (presence.availableCount() > 0 && graceTimer) {
      clearTimeout(graceTimer);
      graceTimer = undefined;
    }
    const mine = (await store.conversationsIn(['agent'])).filter((c) => c.state.mode === 'agent' && c.state.agentId === port.agent.id);
    port.send({
      type: 'welcome',
      agent: { id: port.agent.id, label: port.agent.label },
      available: presence.isAvailable(port.agent.id),
      queue: await queueViews(),
      mine: await Promise.all(mine.map((c) => viewOf(c))),
    });
    if (before !== presence.availableCount()) broadcastPresence();
  }

  function agentLeft(port: AgentPort): void {
    presence.remove(port);
    broadcastPresence();
    onAvailabilityDrop(false);
  }

  async function withConversation(port: AgentPort, conversationId: string, work: (conv: StoredConversation) => Promise<void>, clientId?: string): Promise<void> {
    await serial(conversationId, async () => {
      const conv = await store.getConversation(conversationId);
      if (!conv) return fail(port, 'not-found', `No conversation ${conversationId}.`, clientId);
      await work(conv);
    });
  }

  async function agentFrame(port: AgentPort, f: AgentFrame): Promise<void> {
    const me = port.agent;
    switch (f.type) {
      case 'availability': {
        presence.setAvailable(me.id, f.available);
        broadcastPresence();
        if (f.available && graceTimer && presence.availableCount() > 0) {
          clearTimeout(graceTimer);
          graceTimer = undefined;
        }
        if (!f.available) onAvailabilityDrop(true);
        return;
      }
      case 'accept':
        return withConversation(port, f.conversationId, async (conv) => {
          const result = transition(conv.state, { type: 'accept', agentId: me.id, agentLabel: me.label, at: now() });
          if (!result.ok) return fail(port, result.error, refusalText[result.error]);
          await store.recordAccept(conv.id, me.id, now());
          const accepted: StoredConversation = { ...conv, state: result.state };
          // The agent has the whole context before the visitor is told anyone joined.
          const view = await viewOf(accepted);
          for (const p of presence.portsOf(me.id)) p.send({ type: 'conversation', conversation: view });
          log.info({ conversationId: conv.id, agentId: me.id }, 'accepted');
          await apply(conv, result.state, result.effects);
        });
      case 'reply':
        return withConversation(
          port,
          f.conversationId,
          async (conv) => {
            if (conv.state.mode !== 'agent' || conv.state.agentId !== me.id) return fail(port, 'not-yours', refusalText['not-yours'], f.clientId);
            if (f.text.length > settings.maxMessageLength) return fail(port, 'too-long', `Messages can be at most ${settings.maxMessageLength} characters.`, f.clientId);
            const { entry, duplicate } = await store.appendEntry(conv.id, { role: 'agent', author: me.label, text: f.text, clientId: f.clientId, at: now() });
            port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
            if (!duplicate) deliver(conv, entry);
          },
          f.clientId,
        );
      case 'resolve':
        return withConversation(port, f.conversationId, async (conv) => {
          const result = transition(conv.state, { type: 'resolve', agentId: me.id, at: now() });
          if (!result.ok) return fail(port, result.error, refusalText[result.error]);
          await store.recordResolve(conv.id, now());
          log.info({ conversationId: conv.id, agentId: me.id }, 'resolved');
          await apply(conv, result.state, result.effects);
        });
      case 'open':
        return withConversation(port, f.conversationId, async (conv) => {
          const s = conv.state;
          if (s.mode === 'agent' && s.agentId !== me.id) return fail(port, 'not-yours', refusalText['not-yours']);
          if (s.mode !== 'agent' && s.mode !== 'queued') return fail(port, 'invalid-state', 'Only waiting conversations and your own can be opened.');
          port.send({ type: 'conversation', conversation: await viewOf(conv) });
        });
      case 'typing': {
        const conv = await store.getConversation(f.conversationId);
        if (conv?.state.mode === 'agent' && conv.state.agentId === me.id) sendVisitors(conv.id, { type: 'typing', on: f.on, author: me.label });
        return;
      }
    }
  }

  return {
    settings,
    /** Finds the configured agent for a console token (constant-time compare), with the label visitors see. */
    authenticateAgent(token: string) {
      const agent = agentConfig(token);
      return agent ? { id: agent.id, name: agent.name, label: labelFor(agent.name) } : undefined;
    },
    /** Call once at start: waiting visitors left by a previous run get the grace period for agents to return. */
    async start(): Promise<void> {
      if ((await queued()).length > 0) onAvailabilityDrop(false);
    },
    visitorJoined(_port: VisitorPort): void {},
    async visitorFrame(port: VisitorPort, f: VisitorFrame): Promise<void> {
      if (f.type === 'hello') return hello(port, f);
      if (f.type === 'message') return visitorMessage(port, f);
      if (f.type === 'handoff') return visitorHandoff(port, f);
      if (f.type === 'ticket') return visitorTicket(port, f);
      if (f.type === 'identify') return visitorIdentify(port, f);
      if (f.type === 'feedback') return visitorFeedback(port, f);
      return visitorTyping(port, f.on);
    },
    visitorLeft(port: VisitorPort): void {
      detach(port);
    },
    agentJoined,
    agentFrame,
    agentLeft,
    availableAgents: () => presence.availableCount(),
    stop(): void {
      if (graceTimer) clearTimeout(graceTimer);
      graceTimer = undefined;
    },
  };
}

/** The hub's interface, as the relay uses it. */
export type Hub = ReturnType<typeof createHub>;
