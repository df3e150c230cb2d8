import { resolveConfig, type Config } from '../../server';

/** The site origin test visitors connect from. */
export const SITE_ORIGIN = 'http://shop.test';
/** Agent tokens configured for tests. */
export const AGENT_TOKENS = { sam: 'sam-token-0123456789', kim: 'kim-token-0123456789' } as const;

/** A valid config for tests: port 0, two agents, a small FAQ; `over` replaces whole sections. */
export function testConfig(over: Record<string, unknown> = {}): Config {
  return resolveConfig({
    port: 0,
    storage: { path: ':memory:' },
    site: { siteName: 'Northwind Bikes', agentLabel: '{name} (Support)' },
    bot: {
      faq: [
        { question: 'What are your opening hours?', answer: 'We are open Monday to Saturday, 9:00 to 18:00.', keywords: ['open', 'hours', 'closing'] },
        { question: 'Do you deliver?', answer: 'We deliver within 20 km for free.', keywords: ['delivery', 'shipping'] },
        { question: 'What is your returns policy?', answer: 'You can return unused items within 30 days.', keywords: ['return', 'refund window'] },
      ],
    },
    agents: [
      { id: 'sam', name: 'Sam', token: AGENT_TOKENS.sam },
      { id: 'kim', name: 'Kim', token: AGENT_TOKENS.kim },
    ],
    allowedOrigins: [SITE_ORIGIN],
    ...over,
  });
}
