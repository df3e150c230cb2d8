import { detectDissatisfaction } from './detect-dissatisfaction';
import { detectExplicitRequest } from './detect-explicit-request';
import { detectFrustration } from './detect-frustration';
import { detectPolicy } from './detect-policy';
import { isRephrase } from './detect-rephrase';
import { matchPage } from './match-page';
import type { TriggerContext, TriggerDecision, TriggerMessage } from './trigger-message';
import type { TriggerSettings } from './trigger-settings';

/** System notices after which the bot starts afresh: strikes and turns before them no longer count. */
const PHASE_START = new Set(['resolved', 'ticket', 'queued', 'offline', 'agents-gone']);

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function phaseStart(messages: readonly TriggerMessage[], index: number): number {
  for (let k = index; k >= 0; k--) {
    const m = messages[k];
    if (m.role === 'agent' || (m.role === 'system' && m.kind && PHASE_START.has(m.kind))) return k + 1;
  }
  return 0;
}

/**
 * The trigger engine: decides, for the message at `index` given everything before it, whether a
 * person is needed now and why. Order: explicit request (overrides everything), business rules,
 * policy topics, frustration, repeated failure (strikes). Pure and synchronous.
 */
export function createTriggerEngine(settings: TriggerSettings) {
  function strikesAt(messages: readonly TriggerMessage[], start: number, index: number): { strikes: number; evidence: string[] } {
    let strikes = 0;
    let evidence: string[] = [];
    let previousQuestion: string | undefined;
    let botSince = false;
    let lastBotUnsure = false;
    // A confident answer ends the run only once the visitor accepts it (doesn't reject it next).
    let pendingReset = false;
    for (let k = start; k <= index; k++) {
      const m = messages[k];
      if (m.role === 'bot') {
        if (m.confident === false) {
          strikes++;
          evidence.push(`bot unsure: "${clip(m.text, 50)}"`);
          pendingReset = false;
        } else {
          pendingReset = strikes > 0;
        }
        lastBotUnsure = m.confident === false;
        botSince = true;
      } else if (m.role === 'visitor') {
        if (m.feedback) {
          if (m.feedback === 'down') {
            strikes++;
            evidence.push('thumbs-down on the answer');
          } else {
            strikes = 0;
            evidence = [];
          }
          pendingReset = false;
          continue;
        }
        const rejected = detectDissatisfaction(m.text);
        // After an unsure answer one shared topic word is enough; after a confident one, two.
        const rephrased =
          !rejected && settings.rephrasing && botSince && !!previousQuestion && isRephrase(m.text, previousQuestion, lastBotUnsure ? settings.rephraseOverlap - 0.15 : settings.rephraseOverlap);
        if (rejected || rephrased) {
          strikes++;
          evidence.push(rejected ? `visitor: "${clip(rejected, 50)}"` : `asked again: "${clip(m.text, 50)}"`);
        } else if (pendingReset) {
          strikes = 0;
          evidence = [];
        }
        pendingReset = false;
        if (!rejected) previousQuestion = m.text;
        botSince = false;
      }
    }
    return { strikes, evidence };
  }

  function visitorDecision(messages: readonly TriggerMessage[], index: number, context: TriggerContext): TriggerDecision | null {
    const m = messages[index];
    if (settings.explicitRequest && m.text) {
      const request = detectExplicitRequest(m.text);
      if (request) return { code: 'explicit-request', label: 'Visitor asked for a person', evidence: `"${request.phrase}"` };
    }
    if (settings.requestOnly) return null;
    const firstVisitorMessage = !messages.slice(0, index).some((x) => x.role === 'visitor');
    if (firstVisitorMessage) {
      if (settings.vip && (context.vip || context.flagged)) {
        return { code: 'business-rule', label: context.vip ? 'VIP visitor' : 'Flagged visitor', evidence: context.vip ? 'visitor is VIP' : 'visitor is flagged' };
      }
      const pattern = settings.pagePatterns.find((p) => matchPage(context.page, p));
      if (pattern) return { code: 'business-rule', label: `Visitor is on ${pattern}`, evidence: `page ${context.page}` };
    }
    if (settings.policy && m.text) {
      const policy = detectPolicy(m.text, settings.policyTopics);
      if (policy) {
        return { code: 'policy', topic: policy.topic, label: policy.label, evidence: `"${policy.phrase}"`, ...(settings.policyReplies[policy.topic] ? { reply: settings.policyReplies[policy.topic] } : {}) };
      }
    }
    if (settings.frustration && m.text) {
      const f = detectFrustration(m.text, settings.frustrationThreshold);
      if (f) return { code: 'frustration', label: 'Visitor is frustrated', evidence: `"${f.cue}" (sentiment ${f.score})`, score: f.score };
    }
    return strikeDecision(messages, index);
  }

  function strikeDecision(messages: readonly TriggerMessage[], index: number): TriggerDecision | null {
    if (!settings.repeatedFailure) return null;
    const { strikes, evidence } = strikesAt(messages, phaseStart(messages, index), index);
    if (strikes < settings.strikes) return null;
    return { code: 'repeated-failure', label: `The bot failed ${strikes} times in a row`, evidence: evidence.join('; ') };
  }

  return {
    settings,
    /** Whether the message at `index` means a person is needed now; null when not. */
    decide(messages: readonly TriggerMessage[], index: number, context: TriggerContext = {}): TriggerDecision | null {
      const m = messages[index];
      if (!m) return null;
      if (m.role === 'visitor') return visitorDecision(messages, index, context);
      if (m.role !== 'bot' || settings.requestOnly) return null;
      const strike = strikeDecision(messages, index);
      if (strike) return strike;
      const start = phaseStart(messages, index);
      const turns = messages.slice(start, index + 1).filter((x) => x.role === 'bot').length;
      if (turns >= settings.maxBotTurns) return { code: 'business-rule', label: `${turns} bot turns without resolution`, evidence: `cap is ${settings.maxBotTurns} turns` };
      return null;
    },
  };
}

/** A trigger engine instance. */
export type TriggerEngine = ReturnType<typeof createTriggerEngine>;
