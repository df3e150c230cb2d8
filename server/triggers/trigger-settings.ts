import type { Config } from '../config/config-schema';

/** One knob that moves every threshold together. */
export type Sensitivity = 'low' | 'normal' | 'high';

/** Thresholds per sensitivity: strikes to hand off, frustration score needed, bot turns allowed, the request model's score needed. */
export const SENSITIVITY: Record<Sensitivity, { strikes: number; frustration: number; maxBotTurns: number; rephraseOverlap: number; requestModel: number }> = {
  low: { strikes: 3, frustration: -0.6, maxBotTurns: 12, rephraseOverlap: 0.7, requestModel: 0.9 },
  normal: { strikes: 2, frustration: -0.45, maxBotTurns: 8, rephraseOverlap: 0.5, requestModel: 0.75 },
  high: { strikes: 2, frustration: -0.3, maxBotTurns: 5, rephraseOverlap: 0.4, requestModel: 0.6 },
};

/** Everything the engine needs, resolved from a site's config. */
export interface TriggerSettings {
  requestOnly: boolean;
  explicitRequest: boolean;
  /** Whether the learned model backs up the phrase rules, and the score (0..1) it needs. */
  requestModel: boolean;
  requestModelThreshold: number;
  repeatedFailure: boolean;
  rephrasing: boolean;
  strikes: number;
  frustration: boolean;
  frustrationThreshold: number;
  policy: boolean;
  /** Policy topics checked; undefined means all. */
  policyTopics?: ReadonlySet<string>;
  policyReplies: Readonly<Record<string, string>>;
  vip: boolean;
  pagePatterns: readonly string[];
  maxBotTurns: number;
  rephraseOverlap: number;
}

/** Resolves trigger settings from config: explicit values win over the sensitivity's thresholds. */
export function triggerSettings(config: Pick<Config, 'site' | 'triggers'>): TriggerSettings {
  const t = config.triggers;
  const s = SENSITIVITY[t.sensitivity];
  return {
    requestOnly: config.site.triggerMode === 'request-only',
    explicitRequest: t.explicitRequest,
    requestModel: t.requestModel,
    requestModelThreshold: t.requestModelThreshold ?? s.requestModel,
    repeatedFailure: t.repeatedFailure,
    rephrasing: t.rephrasing,
    strikes: t.strikes ?? s.strikes,
    frustration: t.frustration,
    frustrationThreshold: t.frustrationThreshold ?? s.frustration,
    policy: t.policy.enabled,
    policyTopics: t.policy.topics ? new Set(t.policy.topics) : undefined,
    policyReplies: t.policy.replies,
    vip: t.vip,
    pagePatterns: t.pagePatterns,
    maxBotTurns: t.maxBotTurns ?? s.maxBotTurns,
    rephraseOverlap: s.rephraseOverlap,
  };
}
