import { describe, expect, it } from 'vitest';
import { createFaqBot, createHub, createMemoryStore } from '../../server';
import { createDecider } from '../../server/triggers/create-decider';
import type { AgentPort, VisitorPort } from '../../server/hub/ports';
import { testConfig } from '../helpers/test-config';

const silent = { info() {}, warn() {}, error() {} };

describe('hub: the agent is briefed before the visitor hears anyone joined', () => {
  it('sends the conversation to the accepting agent before the visitor’s status or notice', async () => {
    const config = testConfig();
    const hub = createHub({ config, store: createMemoryStore(), bot: createFaqBot([], { unsureReply: 'no idea' }), decider: await createDecider(config), log: silent });
    const timeline: string[] = [];
    const agent: AgentPort = { agent: { id: 'sam', name: 'Sam', label: 'Sam (Support)' }, send: (f) => timeline.push(`agent:${f.type}${f.type === 'entry' ? `:${f.entry.kind}` : ''}`) };
    const visitor: VisitorPort = { visitor: {}, send: (f) => timeline.push(`visitor:${f.type}${f.type === 'status' ? `:${f.status.mode}` : f.type === 'entry' ? `:${f.entry.kind ?? f.entry.role}` : ''}`) };
    await hub.agentJoined(agent);
    await hub.visitorFrame(visitor, { type: 'hello' });
    await hub.visitorFrame(visitor, { type: 'handoff', clientId: 'h' });
    timeline.length = 0;
    await hub.agentFrame(agent, { type: 'accept', conversationId: visitor.conversationId! });
    const brief = timeline.indexOf('agent:conversation');
    expect(brief).toBeGreaterThanOrEqual(0);
    expect(brief).toBeLessThan(timeline.indexOf('visitor:status:agent'));
    expect(brief).toBeLessThan(timeline.indexOf('visitor:entry:joined'));
  });
});
