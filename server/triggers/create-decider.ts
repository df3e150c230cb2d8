import type { Config } from '../config/config-schema';
import { createHttpClassifier } from './create-http-classifier';
import { createTriggerEngine } from './create-trigger-engine';
import { loadCustomRules, type CustomRule } from './load-custom-rules';
import type { TriggerContext, TriggerDecision, TriggerMessage } from './trigger-message';
import { triggerSettings } from './trigger-settings';

/** A visitor message's outcome: a handoff decision, and a custom rule's reply to use instead of the bot's. */
export interface VisitorOutcome {
  decision: TriggerDecision | null;
  reply?: string;
}

/**
 * Everything that decides a handoff for one site: the rules engine first, then the custom rules
 * module (`triggers.customModule`), then the optional HTTP classifier (`triggers.classifier`),
 * which falls back to the rules on any failure. `fetchImpl` is for tests.
 */
export async function createDecider(config: Pick<Config, 'site' | 'triggers'>, fetchImpl?: typeof fetch) {
  const settings = triggerSettings(config);
  const engine = createTriggerEngine(settings);
  const custom: CustomRule[] = config.triggers.customModule ? await loadCustomRules(config.triggers.customModule) : [];
  const classify = config.triggers.classifier ? createHttpClassifier(config.triggers.classifier, fetchImpl) : undefined;

  async function visitor(messages: readonly TriggerMessage[], index: number, context: TriggerContext): Promise<VisitorOutcome> {
    const decision = engine.decide(messages, index, context);
    if (decision || settings.requestOnly) return { decision };
    let reply: string | undefined;
    for (const rule of custom) {
      const result = await rule(messages[index].text, { ...context, history: messages.slice(0, index) });
      if (result?.handoff) return { decision: { code: 'custom', label: result.handoff.label, evidence: result.handoff.evidence ?? `"${messages[index].text}"` }, reply: result.reply };
      reply ??= result?.reply;
    }
    if (classify) {
      const verdict = await classify(messages.slice(0, index + 1));
      if (verdict?.handoff) return { decision: { code: 'classifier', label: verdict.reason ?? 'The classifier says a person is needed', evidence: 'HTTP classifier' }, reply };
    }
    return { decision: null, reply };
  }

  return {
    engine,
    visitor,
    /** The decision for any message: visitor messages go through every layer, bot messages through the rules. */
    async decide(messages: readonly TriggerMessage[], index: number, context: TriggerContext = {}): Promise<TriggerDecision | null> {
      if (messages[index]?.role === 'visitor') return (await visitor(messages, index, context)).decision;
      return engine.decide(messages, index, context);
    },
  };
}

/** A site's decider. */
export type Decider = Awaited<ReturnType<typeof createDecider>>;
