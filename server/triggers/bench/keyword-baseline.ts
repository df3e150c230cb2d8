import type { TriggerDecision, TriggerMessage } from '../trigger-message';

/** The plain keyword list most widgets ship: any of these words in a visitor message hands off. */
const KEYWORDS = ['human', 'agent', 'person', 'representative', 'operator', 'someone', 'refund', 'cancel', 'complaint', 'lawyer', 'fraud', 'hacked', 'useless', 'angry', 'emergency'];

/** The baseline the engine is compared with: keywords, plus two unsure answers anywhere. */
export function keywordBaseline(messages: readonly TriggerMessage[], index: number): TriggerDecision | null {
  const m = messages[index];
  if (m.role === 'visitor') {
    const text = m.text.toLowerCase();
    const hit = KEYWORDS.find((k) => new RegExp(`\\b${k}`).test(text));
    if (!hit) return null;
    const code = ['human', 'agent', 'person', 'representative', 'operator', 'someone'].includes(hit) ? 'explicit-request' : hit === 'useless' || hit === 'angry' ? 'frustration' : 'policy';
    return { code, label: `keyword ${hit}`, evidence: hit };
  }
  if (m.role === 'bot' && m.confident === false) {
    const unsure = messages.slice(0, index + 1).filter((x) => x.role === 'bot' && x.confident === false).length;
    if (unsure >= 2) return { code: 'repeated-failure', label: 'two unsure answers', evidence: '' };
  }
  return null;
}
