import type { PublicSettings, Status } from '../../protocol';

/** Facts a notice may mention. */
export interface NoticeFacts {
  settings: PublicSettings;
  status: Status;
  email?: string;
}

/** The honest line about a wait: minutes only when recent figures back them. */
export function waitText(status: Status): string {
  const wait = status.wait;
  if (!wait) return '';
  const place = wait.position === 1 ? "You're next in line" : `You're number ${wait.position} in line`;
  return wait.minutes === null
    ? `${place}. We don't have enough recent chats to estimate the wait, so we won't guess — you'll see them join right here.`
    : `${place}; the wait is usually about ${wait.minutes} min.`;
}

/** The text of each system notice the lifecycle announces. */
export const noticeText = {
  queued: (f: NoticeFacts) => `I'm getting you a person. ${waitText(f.status)}`,
  'still-waiting': (f: NoticeFacts) =>
    f.status.mode === 'agent' ? `You're already talking to ${f.status.agentLabel}.` : `You're still in line for a person. ${waitText(f.status)}`,
  joined: (f: NoticeFacts) => `${f.status.agentLabel ?? 'An agent'} joined the conversation.`,
  resolved: (f: NoticeFacts) => `The conversation was marked resolved. You're back with the ${f.settings.siteName} bot — ask me anything, or press "Talk to a person" again.`,
  offline: (f: NoticeFacts) => f.settings.offlineMessage,
  'agents-gone': (f: NoticeFacts) => `Everyone who could take your chat has just gone offline, so no one is coming right now. ${f.settings.offlineMessage}`,
  ticket: (f: NoticeFacts) => `Thanks — we've saved your request and will reply to ${f.email}. You can keep chatting with the bot meanwhile.`,
  transferred: (f: NoticeFacts) =>
    f.status.mode === 'agent'
      ? `You're now talking to ${f.status.agentLabel}, who has the whole conversation.`
      : `I'm passing you to ${f.status.team ? `our ${f.status.team} team` : 'a colleague'}, who will see everything so far. ${waitText(f.status)}`,
  requeued: (f: NoticeFacts) => `Your agent lost their connection, so you're back at the front of the line for the next person. ${waitText(f.status)}`,
  timeout: (f: NoticeFacts) => `I'm sorry — nobody could take your chat in time, so I've turned it into a request to our team. Leave your email and we'll reply there.`,
} as const;
