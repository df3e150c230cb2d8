import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { ErrorCode, PublicSettings, VisitorFrame } from '../../protocol';
import type { BotReply } from '../bot/bot';
import { buttonReason, FEEDBACK_TEXT, toTriggerContext, toTriggerMessages } from '../triggers/from-entries';
import type { Delivery } from './create-delivery';
import type { Lifecycle } from './create-lifecycle';
import type { createSerial } from './create-serial';
import type { Views } from './create-views';
import type { HubOptions } from './hub-options';
import type { VisitorPort } from './ports';
import { verifyIdentity } from './verify-identity';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const tokenMatches = (hash: string, token: string) => timingSafeEqual(Buffer.from(hash, 'hex'), Buffer.from(hashToken(token), 'hex'));
const emailSchema = z.email();

const fail = (port: VisitorPort, code: ErrorCode, message: string, clientId?: string) => port.send({ type: 'error', code, message, ...(clientId ? { clientId } : {}) });

/**
 * What the hub does with each visitor frame: resume with the token, store then acknowledge every
 * message, run the triggers and the bot, file offline tickets, take identity and feedback.
 */
export function createVisitorHandlers(
  deps: HubOptions & { now: () => number; settings: PublicSettings; delivery: Delivery; views: Views; lifecycle: Lifecycle; serial: ReturnType<typeof createSerial> },
) {
  const { config, store, bot, decider, log, now, settings, delivery, views, lifecycle, serial } = deps;
  const creating = new WeakMap<VisitorPort, Promise<string>>();

  async function ensureConversation(port: VisitorPort): Promise<string> {
    if (port.conversationId) return port.conversationId;
    const pending = creating.get(port);
    if (pending) return pending;
    const made = (async () => {
      const id = randomUUID();
      const token = randomBytes(24).toString('base64url');
      await store.createConversation({ id, tokenHash: hashToken(token), visitor: port.visitor, at: now() });
      delivery.attach(port, id);
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
        delivery.attach(port, conv.id);
        const visitor = { ...conv.visitor, ...port.visitor };
        port.visitor = visitor;
        await store.saveVisitor(conv.id, visitor);
        port.send({ type: 'welcome', settings, session: { conversationId: conv.id, token: f.resume.token }, status: await views.statusOf(conv), lastSeq: conv.lastSeq });
        port.send({ type: 'history', entries: await store.entriesAfter(conv.id, f.lastSeq ?? 0) });
        return;
      }
      fail(port, 'resume-rejected', 'That conversation could not be resumed; starting a new one.');
    }
    delivery.detach(port);
    port.conversationId = undefined;
    port.send({ type: 'welcome', settings, status: { mode: 'bot' }, lastSeq: 0 });
  }

  async function message(port: VisitorPort, f: Extract<VisitorFrame, { type: 'message' }>): Promise<void> {
    if (f.text.length > settings.maxMessageLength) return fail(port, 'too-long', `Messages can be at most ${settings.maxMessageLength} characters.`, f.clientId);
    const id = await ensureConversation(port);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const { entry, duplicate } = await store.appendEntry(id, { role: 'visitor', text: f.text, clientId: f.clientId, at: now() });
      port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
      if (duplicate) return;
      delivery.entry(id, conv.state, entry);
      const history = await store.entriesAfter(id, 0);
      const messages = toTriggerMessages(history);
      const context = toTriggerContext(conv.visitor);
      const index = messages.length - 1;
      if (conv.state.mode === 'queued' || conv.state.mode === 'agent') {
        // Asking again for a person is answered honestly; nothing else needs deciding.
        const again = decider.engine.decide(messages, index, context);
        if (again?.code === 'explicit-request') await lifecycle.handOff(conv, again);
        return;
      }
      const outcome = await decider.visitor(messages, index, context);
      // An explicit request is honoured offline too; the other triggers only while the bot has the conversation.
      if (outcome.decision && (outcome.decision.code === 'explicit-request' || conv.state.mode === 'bot')) {
        await lifecycle.handOff(conv, outcome.decision);
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
      delivery.entry(id, conv.state, answer);
      if (conv.state.mode !== 'bot') return;
      if (reply.handoff) return void (await lifecycle.escalate(conv, { code: 'bot-handoff', label: reply.handoff.label, evidence: reply.text }));
      const after = [...messages, { role: 'bot' as const, text: answer.text, confident: answer.confident }];
      const botDecision = decider.engine.decide(after, after.length - 1, context);
      if (botDecision) await lifecycle.handOff(conv, botDecision);
    });
  }

  async function handoff(port: VisitorPort, f: Extract<VisitorFrame, { type: 'handoff' }>): Promise<void> {
    const id = await ensureConversation(port);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const { entry, duplicate } = await store.appendEntry(id, { role: 'visitor', kind: 'handoff-request', text: 'Talk to a person', clientId: f.clientId, at: now() });
      port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
      if (duplicate) return;
      delivery.entry(id, conv.state, entry);
      await lifecycle.escalate(conv, buttonReason);
    });
  }

  async function ticket(port: VisitorPort, f: Extract<VisitorFrame, { type: 'ticket' }>): Promise<void> {
    const id = port.conversationId;
    if (!id) return fail(port, 'no-session', 'There is no conversation to attach this request to yet.', f.clientId);
    const email = f.email.trim();
    if (!emailSchema.safeParse(email).success) return fail(port, 'invalid-email', `"${f.email}" is not a valid email address.`, f.clientId);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      if (conv.state.mode !== 'offline') {
        // A resend after a lost ack: the ticket is already stored.
        if ((await store.ticketsOf(id)).some((t) => t.clientId === f.clientId)) return port.send({ type: 'ack', clientId: f.clientId, seq: conv.lastSeq });
        return fail(port, 'invalid-state', 'The email form is only for when no one is available.', f.clientId);
      }
      const visitor = { ...conv.visitor, email, ...(f.name ? { name: f.name } : {}) };
      await store.saveVisitor(id, visitor);
      port.visitor = { ...port.visitor, email, ...(f.name ? { name: f.name } : {}) };
      const result = await lifecycle.run({ ...conv, visitor }, { type: 'ticket', at: now() }, { email, name: f.name, question: f.question, clientId: f.clientId });
      if (!result.ok) return fail(port, result.error, 'The request could not be saved in this state.', f.clientId);
      port.send({ type: 'ack', clientId: f.clientId, seq: (await store.getConversation(id))!.lastSeq });
    });
  }

  async function identify(port: VisitorPort, f: Extract<VisitorFrame, { type: 'identify' }>): Promise<void> {
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

  async function feedback(port: VisitorPort, f: Extract<VisitorFrame, { type: 'feedback' }>): Promise<void> {
    const id = port.conversationId;
    if (!id) return fail(port, 'no-session', 'There is no conversation to rate yet.', f.clientId);
    await serial(id, async () => {
      const conv = (await store.getConversation(id))!;
      const { entry, duplicate } = await store.appendEntry(id, { role: 'visitor', kind: 'feedback', text: FEEDBACK_TEXT[f.value], clientId: f.clientId, at: now() });
      port.send({ type: 'ack', clientId: f.clientId, seq: entry.seq });
      if (duplicate) return;
      delivery.entry(id, conv.state, entry);
      if (conv.state.mode !== 'bot') return;
      const messages = toTriggerMessages(await store.entriesAfter(id, 0));
      const decision = decider.engine.decide(messages, messages.length - 1, toTriggerContext(conv.visitor));
      if (decision) await lifecycle.handOff(conv, decision);
    });
  }

  async function typing(port: VisitorPort, on: boolean): Promise<void> {
    const id = port.conversationId;
    if (!id) return;
    const conv = await store.getConversation(id);
    if (conv?.state.mode === 'agent') delivery.toAgent(conv.state.agentId, { type: 'typing', conversationId: id, on });
  }

  return {
    async frame(port: VisitorPort, f: VisitorFrame): Promise<void> {
      switch (f.type) {
        case 'hello':
          return hello(port, f);
        case 'message':
          return message(port, f);
        case 'handoff':
          return handoff(port, f);
        case 'ticket':
          return ticket(port, f);
        case 'identify':
          return identify(port, f);
        case 'feedback':
          return feedback(port, f);
        case 'typing':
          return typing(port, f.on);
      }
    },
  };
}
