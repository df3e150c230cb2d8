import { detectDissatisfaction } from './detect-dissatisfaction';
import { acceptsPersonOffer } from './accepts-person-offer';
import { choosesPersonOption, hasOptions } from './chooses-person-option';
import { detectExplicitRequest } from './detect-explicit-request';
import { detectRequestByModel, requestModel } from './detect-request-by-model';
import { detectFrustration } from './detect-frustration';
import { detectPolicy } from './detect-policy';
import { isRephrase } from './detect-rephrase';
import { matchPage } from './match-page';
import type { TriggerContext, TriggerDecision, TriggerMessage } from './trigger-message';
import type { TriggerSettings } from './trigger-settings';
import type { RequestModel } from './request-model';

/** System notices after which the bot starts afresh: strikes and turns before them no longer count. */
const PHASE_START = new Set(['resolved', 'ticket', 'queued', 'offline', 'agents-gone']);

/** A follow-up that pushes back on the answer ("but how long from when…", "right, but what's…"): the same question pressed again. */
const PUSH_BACK = /^(\w+[,.!]? +)?(but|pero|mais|aber|mas|ma)\b/;
/** A visitor accepting the answer and moving on ("ok, how many…", "ah ok.", "also, …", "another question"). */
const MOVING_ON =
  /^((ok(ay)?|ah ok|alright|fine|never ?mind|no worries|thanks|cheers|great|perfect|nice( one)?|no,? (it'?s|its) (ok|okay|fine|alright)|no,? thanks|no,? that'?s (ok|fine))\b(?! but)|(\w+[,.!]? +)?(also|another (question|thing)|different question|one more (question|thing)|other question|unrelated|changing (the )?subject|new question))/;
/** A variant of the question ("and the 200 ml?", "what about…", "¿y la de…?"): one shared word is not enough to call it the same question. */
const VARIANT = /^(\w+[,.!]? +)?(and|y|et|und|e|ed|what about|how about|qu[eé] tal|et pour|und was ist mit|e quanto a|e per)\b/;

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** The bot's last list of options, if it came within the last two bot turns: "No rush, just pick a number" does not make the menu before it go away. */
function lastMenu(messages: readonly TriggerMessage[], index: number): string | undefined {
  let botTurns = 0;
  for (let k = index - 1; k >= Math.max(0, index - 5) && botTurns < 2; k--) {
    const m = messages[k];
    if (m.role === 'agent') return undefined;
    if (m.role !== 'bot') continue;
    botTurns++;
    if (hasOptions(m.text)) return m.text;
  }
  return undefined;
}

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
export function createTriggerEngine(settings: TriggerSettings, model: RequestModel = requestModel) {
  function strikesAt(messages: readonly TriggerMessage[], start: number, index: number): { strikes: number; evidence: string[] } {
    let strikes = 0;
    let evidence: string[] = [];
    // The visitor's last two questions: a rejection that restates the question ("no, I mean …") is one too.
    let asked: string[] = [];
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
        // After an unsure answer (or a "but …" push-back on a confident one) one shared topic is enough; otherwise two.
        const lower = m.text.toLowerCase();
        const lenient = (lastBotUnsure || PUSH_BACK.test(lower)) && !VARIANT.test(lower);
        const rephrased =
          !rejected &&
          settings.rephrasing &&
          botSince &&
          asked.length > 0 &&
          !MOVING_ON.test(lower) &&
          asked.some((q) => isRephrase(m.text, q, lenient ? settings.rephraseOverlap - 0.15 : settings.rephraseOverlap, lenient ? 1 : 2));
        if (rejected || rephrased) {
          strikes++;
          evidence.push(rejected ? `visitor: "${clip(rejected, 50)}"` : `asked again: "${clip(m.text, 50)}"`);
        } else if (pendingReset) {
          strikes = 0;
          evidence = [];
        }
        pendingReset = false;
        // A rejection counts as a question only when it restates one ("no, I mean when do applications open?").
        asked = rejected && !/\?/.test(m.text) ? asked : [...asked.slice(-1), m.text];
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
      const previous = messages[index - 1];
      const yes = previous?.role === 'bot' && acceptsPersonOffer(previous.text, m.text);
      if (yes) return { code: 'explicit-request', label: 'Visitor accepted the offer of a person', evidence: `"${yes}" to "${previous.text}"` };
      const menu = lastMenu(messages, index);
      const option = menu !== undefined && choosesPersonOption(menu, m.text);
      if (option) return { code: 'explicit-request', label: 'Visitor chose to talk to a person', evidence: `"${clip(m.text)}" picks "${clip(option)}"` };
      const guess = settings.requestModel ? detectRequestByModel(m.text, settings.requestModelThreshold, model) : null;
      if (guess) return { code: 'explicit-request', label: 'Visitor seems to ask for a person', evidence: `"${clip(guess.phrase)}" (model score ${guess.score})`, score: guess.score };
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
