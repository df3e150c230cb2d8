import { startRelay, type Config, type Relay, type Store } from '../../server';
import { AGENT_TOKENS, SITE_ORIGIN } from './test-config';
import { connect, is, type TestClient } from './ws-client';

/** A relay on a free port plus helpers to open visitor and agent sockets to it. */
export interface TestRelay {
  relay: Relay;
  ws: string;
  visitor(hello?: object): Promise<TestClient>;
  agent(name: keyof typeof AGENT_TOKENS): Promise<TestClient>;
  close(): Promise<void>;
}

/** Starts a real relay on port 0 with the given config and store. */
export async function startTestRelay(config: Config, options: { store?: Store; now?: () => number; tickMs?: number; fetch?: typeof fetch; webhookRetryMs?: number } = {}): Promise<TestRelay> {
  const relay = await startRelay({ tickMs: 50, ...options, config });
  const ws = relay.url.replace('http', 'ws');
  const clients: TestClient[] = [];
  return {
    relay,
    ws,
    async visitor(hello = {}) {
      const c = await connect(`${ws}/ws/visitor`, { origin: SITE_ORIGIN });
      clients.push(c);
      c.send({ type: 'hello', page: { url: `${SITE_ORIGIN}/pricing`, title: 'Pricing' }, lang: 'en-GB', ...hello });
      await c.next(is('welcome'));
      return c;
    },
    async agent(name) {
      const c = await connect(`${ws}/ws/agent?token=${AGENT_TOKENS[name]}`);
      clients.push(c);
      await c.next(is('welcome'));
      return c;
    },
    async close() {
      for (const c of clients) c.close();
      await relay.close();
    },
  };
}

/** The visitor asks for a person (button or `text`), and `agent` accepts: resolves with the conversation id once the agent has it. */
export async function acceptedBy(visitor: TestClient, agent: TestClient, text?: string): Promise<string> {
  visitor.send(text ? { type: 'message', clientId: `ask-${Date.now()}`, text } : { type: 'handoff', clientId: `ask-${Date.now()}` });
  const { conversationId } = await visitor.next(is('session'));
  await agent.next(is('queue', (f) => f.items.some((i: { conversationId: string }) => i.conversationId === conversationId)));
  agent.send({ type: 'accept', conversationId });
  await agent.next(is('conversation', (f) => f.conversation.conversationId === conversationId));
  return conversationId;
}
