/** Words for the relay's reason codes, for the metrics view (which gets codes, not labels). */
const labels: Record<string, string> = {
  'explicit-request': 'Asked for a person',
  button: 'Pressed "Talk to a person"',
  'repeated-failure': 'Bot kept failing',
  frustration: 'Frustration',
  policy: 'Policy topic',
  'business-rule': 'Business rule',
  classifier: 'Classifier',
  custom: 'Custom rule',
  'bot-handoff': 'Bot handed over',
};

/** A reason code as words: known codes by name, `policy:refund` as "Policy topic: refund", others de-hyphenated. */
export function reasonCodeLabel(code: string): string {
  const [base, topic] = code.split(':', 2);
  const label = labels[base] ?? base.charAt(0).toUpperCase() + base.slice(1).replace(/[-_]+/g, ' ');
  return topic ? `${label}: ${topic.replace(/[-_]+/g, ' ')}` : label;
}
