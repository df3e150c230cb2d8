import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { TriggerContext, TriggerMessage } from './trigger-message';

/** What a custom rule may return: a reply that replaces the bot's, and/or a handoff with its reason. */
export interface CustomResult {
  reply?: string;
  handoff?: { label: string; evidence?: string };
}

/** A site's own rule, the power-user recipe: `respond(message, context)`, sync or async. */
export type CustomRule = (
  message: string,
  context: TriggerContext & { history: readonly TriggerMessage[] },
) => CustomResult | null | undefined | Promise<CustomResult | null | undefined>;

/**
 * Loads the rules a module exports: `respond`, a `rules` array, or a default function or array.
 * Throws, naming the module, when it exports none.
 */
export async function loadCustomRules(path: string): Promise<CustomRule[]> {
  const mod = await import(pathToFileURL(resolve(path)).href);
  const found: unknown[] = [mod.respond, ...(Array.isArray(mod.rules) ? mod.rules : []), ...(Array.isArray(mod.default) ? mod.default : [mod.default])];
  const rules = found.filter((r): r is CustomRule => typeof r === 'function');
  if (rules.length === 0) throw new Error(`${path} exports no respond(message, context) function (expected respond, rules or a default export)`);
  return rules;
}
