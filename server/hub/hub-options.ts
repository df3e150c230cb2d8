import type { Bot } from '../bot/bot';
import type { Config } from '../config/config-schema';
import type { Store } from '../store/store';
import type { Decider } from '../triggers/create-decider';
import type { Webhook } from '../webhook/create-webhook';

/** The least a logger must do; pino fits. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** What the hub needs. `now` defaults to Date.now; grace and timeouts come from config.handoff. */
export interface HubOptions {
  config: Config;
  store: Store;
  bot: Bot;
  /** Decides handoffs: rules, custom rules, classifier (see createDecider). */
  decider: Decider;
  log: Logger;
  now?: () => number;
  /** Where tickets are announced; unset when the site has no webhook. */
  webhook?: Webhook;
}
