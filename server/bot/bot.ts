import type { Entry, VisitorInfo } from '../../protocol';

/** What a bot knows when it answers: the conversation so far and who is asking. */
export interface BotContext {
  conversationId: string;
  history: readonly Entry[];
  visitor: VisitorInfo;
}

/** A bot's answer. `confident: false` means "I don't have that information" and counts as a strike. */
export interface BotReply {
  text: string;
  confident: boolean;
  /** 0..1, for the agent to see why the bot was or was not sure. */
  score?: number;
  /** A bot may ask for a person itself; the reason label is shown to the agent. */
  handoff?: { label: string };
}

/** The bot interface a site can replace: answer one visitor message. */
export interface Bot {
  respond(message: string, context: BotContext): BotReply | Promise<BotReply>;
}
