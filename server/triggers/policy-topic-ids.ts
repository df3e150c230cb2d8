/** The built-in policy topics, by id; each has patterns in policy-topics.ts. */
export const POLICY_TOPIC_IDS = ['emergency', 'security', 'legal', 'billing', 'refund', 'cancellation', 'complaint', 'high-value', 'regulated-advice'] as const;

/** One policy topic id. */
export type PolicyTopicId = (typeof POLICY_TOPIC_IDS)[number];
