import type { Config } from './config-schema';

/** The relay's defaults: every field a config file may set, and the value it has when unset. */
export const defaults: Config = {
  /** Port for HTTP and both WebSocket endpoints; env PORT overrides. */
  port: 8787,
  host: '127.0.0.1',
  storage: { path: '.data/baton.sqlite', synchronous: 'full' },
  site: {
    siteName: 'Baton',
    greeting: 'Hi! Ask me anything — or press "Talk to a person" at any time.',
    offlineMessage: "No one from our team is available right now. Leave your email and we'll reply as soon as we're back.",
    color: '#2563eb',
    agentLabel: '{name} (Support)',
    triggerMode: 'auto',
  },
  bot: {
    faq: [],
    threshold: 0.5,
    unsureReply: "I don't have that information. You can ask me something else, or talk to a person.",
  },
  triggers: {
    sensitivity: 'normal',
    explicitRequest: true,
    requestModel: true,
    repeatedFailure: true,
    rephrasing: true,
    frustration: true,
    policy: {
      enabled: true,
      replies: { emergency: 'If anyone is in danger, call your local emergency number now. I am also getting you a person.' },
    },
    vip: true,
    pagePatterns: [],
  },
  agents: [],
  teams: [],
  routing: {
    skills: {
      'policy:billing': 'billing',
      'policy:refund': 'billing',
      'policy:cancellation': 'billing',
      'policy:high-value': 'sales',
      'policy:security': 'security',
      'policy:legal': 'escalations',
      'policy:complaint': 'escalations',
    },
  },
  handoff: { acceptTimeoutMs: 5 * 60_000, reconnectGraceMs: 15_000 },
  allowedOrigins: [],
  limits: {
    maxPayload: 64 * 1024,
    maxMessageLength: 4000,
    ratePerSecond: 5,
    burst: 20,
    maxBufferedBytes: 1024 * 1024,
    heartbeatMs: 30_000,
  },
};
